package org.registro.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt before any password is checked while its username or address is locked
 * out: 429 with {@code Retry-After}, and the login page saying why (rendered at
 * {@value #THROTTLED_PATH}).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	static final String THROTTLED_PATH = "/login/throttled";

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		String address = request.getRemoteAddr();
		if (!throttle.blocked(username, address)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttle.retryAfterSeconds(username, address)));
		request.getRequestDispatcher(THROTTLED_PATH).forward(request, response);
	}

}
