package org.registro.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spanish by default; otherwise, in this order: {@code ?lang=}, the {@code lang} cookie that
 * {@code ?lang=} sets (a year, so a person's choice sticks across pages and logins), then
 * {@code Accept-Language}. No session is involved.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	static final List<Locale> SUPPORTED = List.of(SPANISH, Locale.ENGLISH);

	static final String COOKIE = "lang";

	@Bean
	LocaleResolver localeResolver() {
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				String lang = request.getParameter(COOKIE);
				if (lang != null) {
					return supported(lang).orElse(SPANISH);
				}
				Optional<Locale> chosen = cookie(request).flatMap(LocaleConfiguration::supported);
				if (chosen.isPresent()) {
					return chosen.get();
				}
				String header = request.getHeader("Accept-Language");
				if (header == null || header.isBlank()) {
					return SPANISH;
				}
				try {
					Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
					return match == null ? SPANISH : match;
				}
				catch (IllegalArgumentException ex) {
					return SPANISH;
				}
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				throw new UnsupportedOperationException("The language is chosen with ?lang=, the lang cookie or Accept-Language");
			}
		};
	}

	/** Remembers a valid {@code ?lang=} in the {@code lang} cookie. */
	@Bean
	OncePerRequestFilter languageCookieFilter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String lang = request.getParameter(COOKIE);
				if (lang != null && supported(lang).isPresent()) {
					ResponseCookie cookie = ResponseCookie.from(COOKIE, lang).path("/").maxAge(Duration.ofDays(365)).sameSite("Lax").build();
					response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
				}
				chain.doFilter(request, response);
			}
		};
	}

	private static Optional<Locale> supported(String lang) {
		return SUPPORTED.stream().filter((l) -> l.getLanguage().equals(lang)).findFirst();
	}

	private static Optional<String> cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie c : cookies) {
			if (COOKIE.equals(c.getName())) {
				return Optional.of(c.getValue());
			}
		}
		return Optional.empty();
	}

}
