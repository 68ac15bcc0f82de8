package org.registro.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Reading is open, the CKAN-compatible read API ({@code /api/3/action/**}) included; the write API ({@code /api/**}) needs a bearer token (the admin token or a user's API
 * token) and decides per action with {@link Permissions}. The API and the SPARQL endpoint are
 * stateless (no session, no cookie), so CSRF protection is off for them alone. The pages log in
 * with a form and a session: CSRF tokens on every form, a new session id at login, throttled
 * logins, and {@code /manage/**}, {@code /account/**}, {@code /admin/**} for logged-in people only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The CKAN-compatible API: read-only, so anonymous (harvesters have no token; an Authorization
	 * header a CKAN client sends is ignored), stateless, and POST (CKAN's way of passing parameters as
	 * JSON) needs no CSRF token. Open to browser clients on any origin, like the SPARQL endpoint.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain ckanChain(HttpSecurity http) throws Exception {
		CorsConfiguration cors = new CorsConfiguration();
		cors.addAllowedOriginPattern("*");
		cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
		cors.addAllowedHeader("*");
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource corsSource = new UrlBasedCorsConfigurationSource();
		corsSource.registerCorsConfiguration("/**", cors);
		http.securityMatcher("/api/3/action/**", "/api/action/**")
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.cors((c) -> c.configurationSource(corsSource))
			.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll())
			.formLogin((f) -> f.disable());
		return headers(http, "'self'").build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AdminToken adminToken, AccountDirectory directory) throws Exception {
		ProblemEntryPoint problems = new ProblemEntryPoint();
		http.securityMatcher("/api/**")
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(new BearerTokenFilter(adminToken, directory, problems), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((auth) -> auth.requestMatchers(HttpMethod.OPTIONS).permitAll().anyRequest().authenticated())
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
		return headers(http.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll()), "'self' 'unsafe-inline'")
			.formLogin((f) -> f.disable())
			.build();
	}

	/**
	 * Every page: public ones open to anyone, the working pages behind the login form. The session id
	 * changes at login (fixation); logout is a POST with the CSRF token. The session cookie's flags
	 * are {@code server.servlet.session.cookie.*} in application.yml.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain pagesChain(HttpSecurity http, LoginThrottle throttle, AccountDirectory directory) throws Exception {
		http.authorizeHttpRequests((auth) -> auth.requestMatchers("/account/invitation/**")
			.permitAll()
			.requestMatchers(PRIVATE_PAGES)
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin((f) -> f.loginPage("/login")
				.successHandler(LoginHandlers.success(throttle))
				.failureHandler(LoginHandlers.failure(throttle))
				.permitAll())
			.logout((l) -> l.logoutUrl("/logout").logoutSuccessUrl("/catalog"))
			.sessionManagement((s) -> s.sessionFixation((f) -> f.changeSessionId()))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new LiveSessionFilter(directory), AnonymousAuthenticationFilter.class)
			// Drafts, accounts and the login form are one person's: never kept by any cache.
			.headers((h) -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(privatePages(),
					new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store"))));
		return headers(http, "'self'").build();
	}

	private static final String[] PRIVATE_PAGES = { "/manage", "/manage/**", "/account", "/account/**", "/admin", "/admin/**" };

	private static RequestMatcher privatePages() {
		List<RequestMatcher> matchers = new java.util.ArrayList<>();
		for (String pattern : PRIVATE_PAGES) {
			matchers.add(PathPatternRequestMatcher.withDefaults().matcher(pattern));
		}
		matchers.add(PathPatternRequestMatcher.withDefaults().matcher("/login"));
		matchers.add(PathPatternRequestMatcher.withDefaults().matcher("/login/**"));
		return new OrRequestMatcher(matchers);
	}

	/** No inline script, ever; public pages set their own Cache-Control. */
	private static HttpSecurity headers(HttpSecurity http, String styleSources) throws Exception {
		return http
			.headers((h) -> h.cacheControl((c) -> c.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; style-src " + styleSources
						+ "; script-src 'self'; frame-ancestors 'none'; base-uri 'self'")))
			.httpBasic((b) -> b.disable());
	}

}
