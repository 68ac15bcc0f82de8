package org.registro.record;

/** A body that parses but cannot be a record of its kind (wrong IRI, two datasets, ...): 422. */
public class InvalidRecordException extends RuntimeException {

	public InvalidRecordException(String message) {
		super(message);
	}

}
