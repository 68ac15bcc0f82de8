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
 * Authenticates {@code Authorization: Bearer <token>}: the admin token (a sysadmin) or a user's
 * API token, looked up on every request so that a revoked token fails at once. A request with a
 * token that matches nothing is rejected at once (401) rather than treated as anonymous, so a typo
 * in a token is never mistaken for a permission problem. What the caller may do is decided later,
 * by {@link Permissions}, from the accounts as they are now.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	static final String ADMIN = Actor.ADMIN_TOKEN;

	private final AdminToken adminToken;

	private final AccountDirectory directory;

	private final ProblemEntryPoint entryPoint;

	BearerTokenFilter(AdminToken adminToken, AccountDirectory directory, ProblemEntryPoint entryPoint) {
		this.adminToken = adminToken;
		this.directory = directory;
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
		String token = header.substring(7).strip();
		UsernamePasswordAuthenticationToken authentication;
		if (adminToken.matches(token)) {
			authentication = UsernamePasswordAuthenticationToken.authenticated(ADMIN, null,
					List.of(new SimpleGrantedAuthority("ROLE_SYSADMIN"), new SimpleGrantedAuthority(Permissions.ADMIN_TOKEN_AUTHORITY)));
		}
		else {
			String owner = directory.tokenOwner(token).orElse(null);
			if (owner == null) {
				entryPoint.reject(request, response, "invalid_token", "The bearer token is not valid");
				return;
			}
			authentication = UsernamePasswordAuthenticationToken.authenticated(owner, null, List.of(new SimpleGrantedAuthority("ROLE_USER")));
		}
		SecurityContextHolder.getContext().setAuthentication(authentication);
		chain.doFilter(request, response);
	}

}
