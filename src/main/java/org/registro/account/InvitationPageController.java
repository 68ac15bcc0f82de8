package org.registro.account;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** {@code /account/invitation/{token}}: an invited person sets a password, once; the link is then spent. */
@Controller
class InvitationPageController {

	private final AccountService accounts;

	InvitationPageController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** The secret is in the URL: keep it out of the Referer of any link followed (caches: the pages chain). */
	@ModelAttribute
	void private_(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	@GetMapping(InvitationLinks.PREFIX + "{token}")
	ModelAndView show(@PathVariable String token) {
		return accounts.invitation(token)
			.map((a) -> page(token).addObject("invited", a))
			.orElseGet(InvitationPageController::spent);
	}

	@PostMapping(InvitationLinks.PREFIX + "{token}")
	ModelAndView accept(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirm) {
		var invited = accounts.invitation(token);
		if (invited.isEmpty()) {
			return spent();
		}
		if (!password.equals(confirm)) {
			return Forms.invalid(page(token).addObject("invited", invited.get()), "confirm", "account.error.mismatch");
		}
		try {
			if (!accounts.acceptInvitation(token, password)) {
				return spent();
			}
		}
		catch (AccountException ex) {
			return Forms.invalid(page(token).addObject("invited", invited.get()), ex);
		}
		return new ModelAndView("redirect:/login?invited");
	}

	private static ModelAndView page(String token) {
		return new ModelAndView("account/invitation").addObject("token", token).addObject("path", InvitationLinks.path(token));
	}

	private static ModelAndView spent() {
		ModelAndView mav = new ModelAndView("account/invitation").addObject("path", "/login").addObject("error", "invitation.error.invalid");
		mav.setStatus(HttpStatus.NOT_FOUND);
		return mav;
	}

}
