package org.registro.crawl;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * RFC 9110 §13.1.5, which Spring MVC leaves out: a {@code Range} applies only if the client's
 * {@code If-Range} still names the file it has a part of (the same strong ETag, or exactly its
 * Last-Modified date); otherwise the whole new file is sent, so a resumed download never joins
 * bytes of two different dumps.
 */
final class IfRange {

	private IfRange() {
	}

	/** Whether a {@code Range} may be honoured, given the request's {@code If-Range} (null when absent). */
	static boolean allowsRange(String ifRange, String etag, Instant lastModified) {
		if (ifRange == null) {
			return true;
		}
		String value = ifRange.trim();
		if (value.startsWith("\"") || value.startsWith("W/")) {
			// A weak tag never matches here: If-Range needs the strong comparison.
			return value.equals(etag);
		}
		try {
			return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().equals(lastModified);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
