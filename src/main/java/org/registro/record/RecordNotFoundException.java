package org.registro.record;

/** No record with that id is visible to the caller: 404. */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(RecordRef ref) {
		super("No " + ref.kind().segment() + " with id '" + ref.id() + "'");
	}

}
