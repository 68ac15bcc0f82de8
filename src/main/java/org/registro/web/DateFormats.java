package org.registro.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times in the reader's locale and the server's time zone, for templates
 * ({@code ${@dates.dateTime(instant)}}); a steward reads "23 nov 2026, 10:15", not ISO text.
 */
@Component("dates")
public class DateFormats {

	private final ZoneId zone = ZoneId.systemDefault();

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(zone)
			.format(instant);
	}

	/**
	 * An RDF date or date-time literal's text ({@code 2025-01-31}, {@code 2025-01-31T10:00:00Z}) in
	 * the reader's locale; anything else (a year, a year and month, free text) as it is.
	 */
	public String lexical(String text) {
		if (text == null) {
			return "";
		}
		try {
			if (text.length() == 10) {
				return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
					.withLocale(LocaleContextHolder.getLocale())
					.format(java.time.LocalDate.parse(text));
			}
			return dateTime(java.time.OffsetDateTime.parse(text).toInstant());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return text;
		}
	}

	/** ISO form for the {@code datetime} attribute of {@code <time>}. */
	public String iso(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

}
