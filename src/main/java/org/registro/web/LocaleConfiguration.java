package org.registro.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spanish by default, English by {@code Accept-Language} or {@code ?lang=en}. Stateless (no
 * cookie, no session), so a page's language depends only on its request and can be cached.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	static final List<Locale> SUPPORTED = List.of(SPANISH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				String lang = request.getParameter("lang");
				if (lang != null) {
					return SUPPORTED.stream().filter((l) -> l.getLanguage().equals(lang)).findFirst().orElse(SPANISH);
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
				throw new UnsupportedOperationException("The language is chosen per request with ?lang= or Accept-Language");
			}
		};
	}

}
