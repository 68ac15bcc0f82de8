package org.registro.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An action's parameters, from the query string or a JSON body, read with CKAN's validators: a
 * bad value is collected under its name and {@link #check()} throws them all as one Validation Error.
 * Parameters no action reads are ignored, as CKAN ignores them.
 */
final class CkanParams {

	private static final Set<String> TRUE = Set.of("true", "yes", "t", "y", "1", "on");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, JsonNode> values;

	private final Map<String, List<String>> errors = new LinkedHashMap<>();

	CkanParams(Map<String, JsonNode> values) {
		this.values = values;
	}

	/** A text value; a number or boolean as written, the first of a list. */
	String text(String name) {
		JsonNode v = values.get(name);
		if (v != null && v.isArray()) {
			v = v.isEmpty() ? null : v.get(0);
		}
		if (v == null || v.isNull()) {
			return null;
		}
		if (v.isContainer()) {
			// An object (or a list inside a list) where a value belongs: refused, not read as absent.
			error(name, "Invalid value");
			return null;
		}
		String s = v.asString();
		return s.isBlank() ? null : s;
	}

	/** CKAN's natural_number_validator: a whole number, not negative. */
	int natural(String name, int fallback) {
		Integer n = integer(name, fallback);
		if (n != null && n < 0) {
			error(name, "Must be a natural number");
			return fallback;
		}
		return n == null ? fallback : n;
	}

	/** CKAN's int_validator. */
	Integer integer(String name, int fallback) {
		String s = text(name);
		if (s == null) {
			return fallback;
		}
		try {
			return Integer.valueOf(s.trim());
		}
		catch (NumberFormatException ex) {
			error(name, "Invalid integer");
			return fallback;
		}
	}

	/** CKAN's boolean_validator: true, yes, t, y, 1 or on (any case) are true, anything else false. */
	boolean bool(String name, boolean fallback) {
		JsonNode v = values.get(name);
		if (v != null && v.isBoolean()) {
			return v.booleanValue();
		}
		String s = text(name);
		return s == null ? fallback : TRUE.contains(s.trim().toLowerCase(Locale.ROOT));
	}

	/** A list of strings, given as a JSON list or as a string holding one (CKAN's {@code facet.field}). */
	List<String> stringList(String name) {
		JsonNode v = values.get(name);
		if (v == null || v.isNull()) {
			return List.of();
		}
		if (v.isString()) {
			try {
				v = JSON.readTree(v.stringValue());
			}
			catch (JacksonException ex) {
				error(name, "Could not parse as valid JSON");
				return List.of();
			}
		}
		List<String> out = new ArrayList<>();
		if (!v.isArray()) {
			error(name, "Not a list");
			return out;
		}
		for (JsonNode item : v) {
			if (!item.isString()) {
				error(name, "Not a string");
				return List.of();
			}
			out.add(item.stringValue());
		}
		return out;
	}

	void error(String name, String message) {
		errors.computeIfAbsent(name, (k) -> new ArrayList<>()).add(message);
	}

	/** Throws the collected errors, if any, as CKAN's Validation Error. */
	void check() {
		if (!errors.isEmpty()) {
			throw CkanException.validation(errors);
		}
	}

}
