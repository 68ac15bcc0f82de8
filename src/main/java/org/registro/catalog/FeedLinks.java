package org.registro.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The URLs of a walk's pages: the same path (and so the same format) and filters as the request,
 * the page size when it was given, and a cursor.
 */
record FeedLinks(String prefix, String path, Map<String, List<String>> filters, String pageSize) {

	/** A page's URL; {@code prefix} is the base URI for RDF, empty for the HTML page's own links. */
	String url(String cursor) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		filters.forEach((name, values) -> values.forEach((v) -> query.add(name + "=" + encode(v))));
		if (pageSize != null) {
			query.add("page_size=" + encode(pageSize));
		}
		if (cursor != null) {
			query.add("cursor=" + encode(cursor));
		}
		return prefix + path + query;
	}

	/** Form encoding, so a '+' in a date-time's offset survives the trip. */
	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
