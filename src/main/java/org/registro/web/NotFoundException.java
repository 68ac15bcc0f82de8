package org.registro.web;

/** Something other than a record (an account, a token, an organization) does not exist: 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
