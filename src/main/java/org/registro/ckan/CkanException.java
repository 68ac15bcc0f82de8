package org.registro.ckan;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * An action that failed the way CKAN fails: an HTTP status, CKAN's {@code __type}, and either a
 * message or, for validation errors, messages per parameter.
 */
final class CkanException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final Map<String, List<String>> fields;

	private CkanException(HttpStatus status, String type, String message, Map<String, List<String>> fields) {
		super(message);
		this.status = status;
		this.type = type;
		this.fields = fields;
	}

	static CkanException notFound(String what) {
		return new CkanException(HttpStatus.NOT_FOUND, "Not Found Error", what == null ? "Not found" : "Not found: " + what, null);
	}

	/** CKAN's ValidationError: 409 with the messages under each parameter's name. */
	static CkanException validation(Map<String, List<String>> fields) {
		return new CkanException(HttpStatus.CONFLICT, "Validation Error", null, Map.copyOf(fields));
	}

	/** What CKAN answers when Solr refuses a query (a q or fq that does not parse, an unknown sort field). */
	static CkanException searchError(String detail) {
		return new CkanException(HttpStatus.CONFLICT, "Search Error", "Search error: " + detail, null);
	}

	/** CKAN's SearchQueryError (a sort without a direction it knows): 400. */
	static CkanException searchQueryError(String detail) {
		return new CkanException(HttpStatus.BAD_REQUEST, "Search Query Error", "Search Query is invalid: " + detail, null);
	}

	/** The index is still being built at start-up. */
	static CkanException unavailable() {
		return new CkanException(HttpStatus.SERVICE_UNAVAILABLE, "Search Error",
				"Search error: the catalog index is being built; try again in a few seconds", null);
	}

	/** CKAN answers a request it cannot read with 400 and a bare JSON string, not the envelope. */
	static CkanException badRequest(String detail) {
		return new CkanException(HttpStatus.BAD_REQUEST, null, "Bad request - " + detail, null);
	}

	HttpStatus status() {
		return status;
	}

	/** Null for a bad request, whose body is only the message. */
	String type() {
		return type;
	}

	Map<String, List<String>> fields() {
		return fields;
	}

}
