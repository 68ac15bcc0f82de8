package org.registro.account;


import org.registro.security.Permissions;
import org.registro.web.ForbiddenException;
import org.registro.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account}: my profile, my password, my API tokens. */
@Controller
@RequestMapping("/account")
class AccountPageController {

	private final AccountService accounts;

	private final TokenService tokens;

	private final MemberService members;

	private final Permissions permissions;

	AccountPageController(AccountService accounts, TokenService tokens, MemberService members, Permissions permissions) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.members = members;
		this.permissions = permissions;
	}

	@GetMapping
	ModelAndView page() {
		return page(me());
	}

	@PostMapping("/profile")
	ModelAndView profile(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
			RedirectAttributes redirect) {
		try {
			accounts.updateProfile(me(), name, email);
		}
		catch (AccountException ex) {
			return Forms.invalid(page(me()), ex);
		}
		redirect.addFlashAttribute("notice", "account.notice.profile");
		return new ModelAndView("redirect:/account");
	}

	@PostMapping("/password")
	ModelAndView password(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
		if (!password.equals(confirm)) {
			return Forms.invalid(page(me()), "confirm", "account.error.mismatch");
		}
		try {
			accounts.changePassword(me(), current, password);
		}
		catch (AccountException ex) {
			return Forms.invalid(page(me()), ex);
		}
		redirect.addFlashAttribute("notice", "account.notice.password");
		return new ModelAndView("redirect:/account");
	}

	/** The new token is shown on this page only, never put in a URL or a session. */
	@PostMapping("/tokens")
	ModelAndView createToken(@RequestParam(defaultValue = "") String label) {
		try {
			TokenService.Issued issued = tokens.create(me(), label);
			return new ModelAndView("account/token-created").addObject("token", issued.token())
				.addObject("secret", issued.secret())
				.addObject("path", "/account");
		}
		catch (AccountException ex) {
			return Forms.invalid(page(me()), ex);
		}
	}

	@PostMapping("/tokens/{id}/revoke")
	ModelAndView revoke(@PathVariable String id, RedirectAttributes redirect) {
		ApiToken token = tokens.token(id).orElseThrow(() -> new NotFoundException("No token '" + id + "'"));
		if (!token.username().equals(me())) {
			throw new ForbiddenException("This token is not yours");
		}
		tokens.revoke(id);
		redirect.addFlashAttribute("notice", "account.notice.revoked");
		return new ModelAndView("redirect:/account");
	}

	private ModelAndView page(String username) {
		return new ModelAndView("account/account").addObject("account", accounts.get(username))
			.addObject("tokens", tokens.tokens(username))
			.addObject("memberships", members.memberships(username))
			.addObject("path", "/account");
	}

	private String me() {
		String username = permissions.current().username();
		if (username == null) {
			throw new ForbiddenException("Log in first");
		}
		return username;
	}

}
