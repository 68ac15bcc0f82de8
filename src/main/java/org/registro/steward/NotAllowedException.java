package org.registro.steward;

/** The signed-in person may not do this to this record (answered 403, nothing changed). */
public class NotAllowedException extends RuntimeException {

	public NotAllowedException(String message) {
		super(message);
	}

}
