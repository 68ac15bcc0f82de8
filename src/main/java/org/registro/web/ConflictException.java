package org.registro.web;

/** The request clashes with what exists (e.g. a username already taken): 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
