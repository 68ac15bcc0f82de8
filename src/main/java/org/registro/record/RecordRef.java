package org.registro.record;

import java.util.regex.Pattern;

/**
 * Identifies a record by kind and local id. Ids follow CKAN's dataset-name rule (lowercase letters,
 * digits, '-' and '_', 2 to 100 characters) so the same id works in both APIs and needs no escaping
 * in a URI.
 */
public record RecordRef(RecordKind kind, String id) {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{1,99}");

	public RecordRef {
		if (!isValidId(id)) {
			throw new InvalidIdException(id);
		}
	}

	public static boolean isValidId(String id) {
		return id != null && ID.matcher(id).matches();
	}

	/** The IRI of the described resource under the given base, e.g. {@code {base}/dataset/{id}}. */
	public String iri(String baseUri) {
		return baseUri + "/" + kind.segment() + "/" + id;
	}

	@Override
	public String toString() {
		return kind.segment() + "/" + id;
	}

}
