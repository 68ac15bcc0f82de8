package org.registro.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Reading is open; writing through {@code /api/**} needs a bearer token. The API is stateless
 * (no session, no cookie), so CSRF protection is off for it alone; the forms added later keep it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AdminToken adminToken) throws Exception {
		ProblemEntryPoint problems = new ProblemEntryPoint();
		http.securityMatcher("/api/**")
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(new BearerTokenFilter(adminToken, problems), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((auth) -> auth.requestMatchers(HttpMethod.OPTIONS).permitAll().anyRequest().hasRole("SYSADMIN"))
			.exceptionHandling((e) -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.httpBasic((b) -> b.disable())
			.formLogin((f) -> f.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll())
			.headers((h) -> h.cacheControl((c) -> c.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'")))
			.httpBasic((b) -> b.disable())
			.formLogin((f) -> f.disable());
		return http.build();
	}

}
