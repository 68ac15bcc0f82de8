package org.registro.record;

/** A record id outside the allowed pattern; answered with 400 (or 404 on a page URI). */
public class InvalidIdException extends RuntimeException {

	public InvalidIdException(String id) {
		super("'" + id + "' is not a valid id: use 2 to 100 lowercase letters, digits, '-' or '_',"
				+ " starting with a letter or digit");
	}

}
