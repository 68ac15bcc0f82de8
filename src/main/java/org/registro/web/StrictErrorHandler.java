package org.registro.web;

import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * Treats every parser complaint, warnings included (a bad IRI is only a warning to Jena), as an
 * error carrying its position, so a client is told where its body is wrong.
 */
final class StrictErrorHandler implements ErrorHandler {

	static final StrictErrorHandler INSTANCE = new StrictErrorHandler();

	@Override
	public void warning(String message, long line, long col) {
		throw new RiotParseException(message, line, col);
	}

	@Override
	public void error(String message, long line, long col) {
		throw new RiotParseException(message, line, col);
	}

	@Override
	public void fatal(String message, long line, long col) {
		throw new RiotParseException(message, line, col);
	}

}
