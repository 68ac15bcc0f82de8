package org.registro.harvest.mapping;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/** A field of a source record holds a kind of JSON value its meaning cannot have (a number for a title). */
public class BadFieldException extends RuntimeException {

	private final String field;

	public BadFieldException(String field, String expected, JsonNode found) {
		super(field + " must be " + expected + " but is " + kind(found));
		this.field = field;
	}

	public String field() {
		return field;
	}

	/** The JSON kind of a value, in words. */
	public static String kind(JsonNode n) {
		return switch (n.getNodeType()) {
			case STRING -> "text";
			case ARRAY -> "a list";
			case OBJECT -> "an object";
			case NUMBER -> "a number (" + n.asString() + ")";
			case BOOLEAN -> "true/false (" + n.asString() + ")";
			default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
		};
	}

}
