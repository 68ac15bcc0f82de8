package org.registro.web;

/** The caller is known but may not do this; the message names what is missing (e.g. which organization): 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
