package org.registro.harvest.dcat;

/**
 * A page that could not be read as RDF: not well-formed ({@link #SYNTAX}), or a JSON-LD context it
 * names could not be loaded ({@code fetch-failed}). Line and column are -1 when the parser gives none.
 */
final class PageSyntaxException extends RuntimeException {

	static final String SYNTAX = "syntax-error";

	private final String code;

	private final long line;

	private final long column;

	PageSyntaxException(String code, String message, long line, long column) {
		super(message, null, false, false);
		this.code = code;
		this.line = line;
		this.column = column;
	}

	/** The {@link org.registro.harvest.read.RunError} code. */
	String code() {
		return code;
	}

	/** For reports: the message with its position when known. */
	String detail() {
		return line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " + getMessage() : getMessage();
	}

}
