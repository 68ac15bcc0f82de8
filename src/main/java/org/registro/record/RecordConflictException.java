package org.registro.record;

/** The change would break other records (e.g. withdrawing a publisher still in use): 409. */
public class RecordConflictException extends RuntimeException {

	public RecordConflictException(String message) {
		super(message);
	}

}
