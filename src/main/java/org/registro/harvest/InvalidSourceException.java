package org.registro.harvest;

import java.util.List;
import java.util.stream.Collectors;

/** A source form that cannot be saved; nothing was changed. */
public class InvalidSourceException extends RuntimeException {

	/**
	 * @param field the form field ({@code url}, {@code type}, {@code publisher}, {@code schedule}, …)
	 * @param code a message key under {@code harvest.error.} for pages in the reader's language
	 * @param message the same in English, for the API
	 */
	public record FieldError(String field, String code, String message) {
	}

	private final List<FieldError> errors;

	public InvalidSourceException(List<FieldError> errors) {
		super(errors.stream().map((e) -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

}
