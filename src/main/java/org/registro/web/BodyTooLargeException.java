package org.registro.web;

/** A body over {@code registry.api.max-body-size}: 413. */
public class BodyTooLargeException extends RuntimeException {

	public BodyTooLargeException(long limit) {
		super("The body is larger than the limit of " + limit + " bytes");
	}

}
