package org.registro.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Reading is open; writing through {@code /api/**} needs a bearer token. The API and the SPARQL
 * endpoint are stateless (no session, no cookie), so CSRF protection is off for them alone; the
 * forms added later keep it.
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

	/**
	 * The SPARQL endpoint and the VoID description: anonymous, stateless and open to browser clients
	 * on any origin (CORS), like any public SPARQL service. POST carries queries, never changes, so it
	 * needs no CSRF token. The query page's editor and result table set inline styles, hence
	 * {@code 'unsafe-inline'} for styles (scripts stay {@code 'self'}).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain sparqlChain(HttpSecurity http) throws Exception {
		CorsConfiguration cors = new CorsConfiguration();
		cors.addAllowedOriginPattern("*");
		cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
		cors.addAllowedHeader("*");
		cors.setExposedHeaders(List.of("X-SPARQL-MaxRows", "X-SPARQL-MaxTriples", "Retry-After"));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource corsSource = new UrlBasedCorsConfigurationSource();
		corsSource.registerCorsConfiguration("/**", cors);
		http.securityMatcher("/sparql", "/sparql/**", "/.well-known/void")
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.cors((c) -> c.configurationSource(corsSource));
		return openPages(http, "'self' 'unsafe-inline'").build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
		return openPages(http, "'self'").build();
	}

	/** Anyone may read; no inline script, ever; pages set their own Cache-Control. */
	private static HttpSecurity openPages(HttpSecurity http, String styleSources) throws Exception {
		return http.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll())
			.headers((h) -> h.cacheControl((c) -> c.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; style-src " + styleSources
						+ "; script-src 'self'; frame-ancestors 'none'; base-uri 'self'")))
			.httpBasic((b) -> b.disable())
			.formLogin((f) -> f.disable());
	}

}
