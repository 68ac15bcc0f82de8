package org.registro.harvest.ckan;

import java.util.regex.Pattern;

/** CKAN writes its own timestamps (metadata_*, a resource's created/last_modified) in UTC without a zone. */
final class CkanTimes {

	private static final Pattern NO_ZONE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

	private CkanTimes() {
	}

	/** The timestamp with its zone said ({@code Z}); other values unchanged. */
	static String utc(String value) {
		String v = value.strip();
		return NO_ZONE.matcher(v).matches() ? v + "Z" : v;
	}

}
