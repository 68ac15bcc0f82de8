package org.registro.ckan;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Solr's date syntax as CKAN clients send it in range queries: an ISO-8601 date-time in UTC, with or
 * without fraction (CKAN's harvester sends microseconds) and with or without the 'Z', or {@code NOW};
 * either followed by Solr date math ({@code -1DAY}, {@code +2HOURS}, {@code /DAY}).
 */
final class SolrDates {

	private static final Pattern DATE = Pattern.compile("(NOW|\\d{4}-\\d{2}-\\d{2}(?:T[0-9:.]+)?Z?)((?:[+-]\\d+[A-Z]+|/[A-Z]+)*)");

	private static final Pattern MATH = Pattern.compile("([+-]\\d+|/)([A-Z]+)");

	private static final Map<String, ChronoUnit> UNITS = Map.of("YEAR", ChronoUnit.YEARS, "MONTH", ChronoUnit.MONTHS, "DAY",
			ChronoUnit.DAYS, "DATE", ChronoUnit.DAYS, "HOUR", ChronoUnit.HOURS, "MINUTE", ChronoUnit.MINUTES, "SECOND",
			ChronoUnit.SECONDS, "MILLI", ChronoUnit.MILLIS, "MILLISECOND", ChronoUnit.MILLIS);

	private SolrDates() {
	}

	/**
	 * Epoch milliseconds of the date.
	 * @throws IllegalArgumentException when it is not one
	 */
	static long parse(String text, Instant now) {
		Matcher m = DATE.matcher(text.trim().toUpperCase(Locale.ROOT));
		if (!m.matches()) {
			throw new IllegalArgumentException("Invalid date: " + text);
		}
		try {
			ZonedDateTime t = (m.group(1).equals("NOW") ? now : instant(m.group(1))).atZone(ZoneOffset.UTC);
			Matcher math = MATH.matcher(m.group(2));
			while (math.find()) {
				ChronoUnit unit = unit(math.group(2));
				t = math.group(1).equals("/") ? round(t, unit) : t.plus(Long.parseLong(math.group(1)), unit);
			}
			return t.toInstant().toEpochMilli();
		}
		catch (DateTimeException | ArithmeticException ex) {
			// Date math beyond what a date (or the index's milliseconds) can hold.
			throw new IllegalArgumentException("Date out of range: " + text, ex);
		}
	}

	private static Instant instant(String iso) {
		try {
			String local = iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso;
			if (!local.contains("T")) {
				return LocalDate.parse(local).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Invalid date: " + iso, ex);
		}
	}

	private static ChronoUnit unit(String name) {
		ChronoUnit unit = UNITS.get(name.endsWith("S") && !UNITS.containsKey(name) ? name.substring(0, name.length() - 1) : name);
		if (unit == null) {
			throw new IllegalArgumentException("Unknown date unit: " + name);
		}
		return unit;
	}

	private static ZonedDateTime round(ZonedDateTime t, ChronoUnit unit) {
		return switch (unit) {
			case YEARS -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
			case MONTHS -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
			default -> t.truncatedTo(unit);
		};
	}

}
