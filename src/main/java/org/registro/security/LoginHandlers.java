package org.registro.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Tells the login throttle about every login's outcome. */
final class LoginHandlers {

	/** Where a login goes when nothing asked for another page first. */
	static final String DEFAULT_TARGET = "/manage";

	private LoginHandlers() {
	}

	static SavedRequestAwareAuthenticationSuccessHandler success(LoginThrottle throttle) {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
					throws ServletException, IOException {
				throttle.succeeded(authentication.getName());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl(DEFAULT_TARGET);
		return handler;
	}

	static AuthenticationFailureHandler failure(LoginThrottle throttle) {
		SimpleUrlAuthenticationFailureHandler redirect = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			throttle.failed(request.getParameter("username"), request.getRemoteAddr());
			redirect.onAuthenticationFailure(request, response, ex);
		};
	}

}
