package org.registro.web;

/** A request parameter with a wrong value: 400. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
