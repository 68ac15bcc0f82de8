package org.registro.account;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The login page. Spring Security handles {@code POST /login} itself; a throttled attempt is
 * forwarded here to {@code /login/throttled}, which shows the page again with status 429.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	ModelAndView login(@RequestParam(required = false) String error, @RequestParam(required = false) String invited) {
		ModelAndView mav = new ModelAndView("account/login").addObject("path", "/login");
		if (error != null) {
			mav.addObject("error", "login.error.credentials");
		}
		if (invited != null) {
			mav.addObject("notice", "login.notice.invited");
		}
		return mav;
	}

	@PostMapping("/login/throttled")
	ModelAndView throttled(@RequestParam(required = false) String username, HttpServletResponse response) {
		response.setStatus(429);
		return new ModelAndView("account/login").addObject("path", "/login")
			.addObject("error", "login.error.throttled")
			.addObject("username", username);
	}

}
