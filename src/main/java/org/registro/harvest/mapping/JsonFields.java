package org.registro.harvest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Reads fields of a JSON object the way the readers need them. A missing field, {@code null} or
 * blank text is no value. Texts that define a record ({@link #text}) must be text: anything else is
 * a {@link BadFieldException}, which rejects the record with a reason. Other values are read
 * leniently ({@link #scalar}): what has no sensible reading is left out.
 */
public final class JsonFields {

	private JsonFields() {
	}

	/** A text field; a number, list or object there is a {@link BadFieldException}. */
	public static Optional<String> text(JsonNode object, String field) {
		JsonNode n = object.get(field);
		if (n == null || n.isNull()) {
			return Optional.empty();
		}
		if (!n.isString()) {
			throw new BadFieldException(field, "text", n);
		}
		return nonBlank(n.stringValue());
	}

	/** A text, number or true/false value as text; a list or object is no value. */
	public static Optional<String> scalar(JsonNode object, String field) {
		JsonNode n = object.get(field);
		if (n == null || !(n.isString() || n.isNumber() || n.isBoolean())) {
			return Optional.empty();
		}
		return nonBlank(n.asString());
	}

	/** A list of texts (non-text items skipped), or a single text as a list of one. */
	public static List<String> texts(JsonNode object, String field) {
		JsonNode n = object.get(field);
		List<String> out = new ArrayList<>();
		if (n == null) {
			return out;
		}
		if (n.isString()) {
			nonBlank(n.stringValue()).ifPresent(out::add);
		}
		else if (n.isArray()) {
			n.values().forEach((item) -> {
				if (item.isString()) {
					nonBlank(item.stringValue()).ifPresent(out::add);
				}
			});
		}
		return out;
	}

	/** The field when it is an object. */
	public static Optional<JsonNode> object(JsonNode object, String field) {
		JsonNode n = object.get(field);
		return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
	}

	/** The objects of a list field (other items skipped), or a single object as a list of one. */
	public static List<JsonNode> objects(JsonNode object, String field) {
		JsonNode n = object.get(field);
		List<JsonNode> out = new ArrayList<>();
		if (n != null && n.isObject()) {
			out.add(n);
		}
		else if (n != null && n.isArray()) {
			n.values().forEach((item) -> {
				if (item.isObject()) {
					out.add(item);
				}
			});
		}
		return out;
	}

	private static Optional<String> nonBlank(String s) {
		return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
	}

}
