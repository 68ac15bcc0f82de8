package org.registro.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A request with a token that matches no
 * account is rejected at once (401) rather than treated as anonymous, so a typo in a token is
 * never mistaken for a permission problem.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	static final String ADMIN = "admin";

	private final AdminToken adminToken;

	private final ProblemEntryPoint entryPoint;

	BearerTokenFilter(AdminToken adminToken, ProblemEntryPoint entryPoint) {
		this.adminToken = adminToken;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		if (!adminToken.matches(header.substring(7).strip())) {
			entryPoint.reject(request, response, "invalid_token", "The bearer token is not valid");
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(ADMIN, null,
				List.of(new SimpleGrantedAuthority("ROLE_SYSADMIN")));
		SecurityContextHolder.getContext().setAuthentication(authentication);
		chain.doFilter(request, response);
	}

}
