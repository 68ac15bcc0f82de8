package org.registro.record;

/** No record with that id is visible to the caller: 404. */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(RecordRef ref) {
		super("No " + ref.kind().segment() + " with id '" + ref.id() + "'");
	}

	/** A part of a record (a distribution, ...) that the record does not have. */
	public RecordNotFoundException(RecordRef ref, String part, String key) {
		super("The " + ref.kind().segment() + " '" + ref.id() + "' has no " + part + " '" + key + "'");
	}

}
