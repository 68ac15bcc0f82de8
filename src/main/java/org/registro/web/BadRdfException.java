package org.registro.web;

/** A body that does not parse: 400 with the parser's message and position when it has one. */
public class BadRdfException extends RuntimeException {

	private final long line;

	private final long column;

	public BadRdfException(String message, long line, long column) {
		super(message);
		this.line = line;
		this.column = column;
	}

	/** The line of the error, or -1 when the parser gave none. */
	public long line() {
		return line;
	}

	public long column() {
		return column;
	}

}
