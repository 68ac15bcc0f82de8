package org.registro.harvest.dcat;

import java.io.IOException;
import java.io.InputStream;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.util.Context;

/**
 * Parses one page into a {@link PageStore} as it streams. The first error ends the page: a page
 * broken in the middle cannot be trusted, so none of it is kept. Warnings (a doubtful IRI, a lexical
 * form that does not fit its datatype) keep the triple; validation reports what matters of them.
 */
final class PageParser {

	private final Limits limits;

	/** Parser settings (the JSON-LD context loader in tests); null for Jena's global ones. */
	private final Context context;

	PageParser(Limits limits, Context context) {
		this.limits = limits;
		this.context = context;
	}

	/**
	 * @return the page's triples; the caller closes them
	 * @throws PageSyntaxException when the page is not well-formed
	 * @throws IOException when the body could not be read (the outbound cap, a broken connection)
	 */
	PageStore parse(InputStream body, Lang lang, String base, boolean spillAtOnce) throws IOException {
		PageStore store = new PageStore(limits, spillAtOnce);
		try {
			RDFParserBuilder parser = RDFParser.source(body).lang(lang).base(base).errorHandler(new FirstErrorFatal(RDFLanguages.sameLang(lang, Lang.JSONLD)));
			if (context != null) {
				parser.context(context);
			}
			parser.parse(store);
			return store;
		}
		catch (RuntimeException | StackOverflowError ex) {
			store.close();
			IOException io = ioCause(ex);
			if (io != null) {
				throw io;
			}
			throw syntax(ex);
		}
	}

	private static PageSyntaxException syntax(Throwable ex) {
		if (ex instanceof StackOverflowError) {
			// The parsers recurse on nesting; the stack has unwound by the time this runs.
			return new PageSyntaxException(PageSyntaxException.SYNTAX, "the document is nested too deeply to be read", -1, -1);
		}
		JsonLdError loading = loadingCause(ex);
		if (loading != null) {
			return new PageSyntaxException(FetchFailures.CODE, "A JSON-LD context could not be loaded: " + messageOf(loading),
					-1, -1);
		}
		if (ex instanceof RiotParseException parse) {
			return new PageSyntaxException(PageSyntaxException.SYNTAX, parse.getOriginalMessage(), parse.getLine(), parse.getCol());
		}
		if (ex instanceof RiotException) {
			return new PageSyntaxException(PageSyntaxException.SYNTAX, messageOf(ex), -1, -1);
		}
		throw (RuntimeException) ex;
	}

	/** The JSON-LD processor's error for a context it could not load, if that is what went wrong. */
	private static JsonLdError loadingCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof JsonLdError error && (error.getCode() == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED
					|| error.getCode() == JsonLdErrorCode.LOADING_DOCUMENT_FAILED)) {
				return error;
			}
		}
		return null;
	}

	private static IOException ioCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof IOException io) {
				return io;
			}
		}
		return null;
	}

	private static String messageOf(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getMessage() == null) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	/**
	 * Turns the parser's first error into an exception carrying its line and column. For JSON-LD, an
	 * error without position is let through: Jena's JSON-LD reader reports a processing error (a context
	 * that could not be loaded) that way and then throws it itself, with its cause, which tells the two
	 * apart.
	 */
	private record FirstErrorFatal(boolean jsonLd) implements ErrorHandler {

		@Override
		public void warning(String message, long line, long col) {
		}

		@Override
		public void error(String message, long line, long col) {
			if (jsonLd && line < 0) {
				return;
			}
			throw new RiotParseException(message, line, col);
		}

		@Override
		public void fatal(String message, long line, long col) {
			throw new RiotParseException(message, line, col);
		}

	}

}
