package org.registro.harvest.dcat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.registro.harvest.read.RunError;
import org.registro.outbound.BodyReader;
import org.registro.outbound.FetchedResponse;

/**
 * One fetched page: its triples, or why it could not be read. Reads the body while it streams, except
 * JSON-LD, which the parser needs whole and which may name contexts to fetch: it is kept as bytes and
 * parsed by {@link #parsed(PageParser)} once the page's connection is released.
 */
final class LoadedPage implements AutoCloseable {

	private final URI url;

	private final PageStore store;

	private final RunError error;

	private final byte[] jsonLd;

	private final boolean fetched;

	private LoadedPage(URI url, PageStore store, RunError error, byte[] jsonLd, boolean fetched) {
		this.url = url;
		this.store = store;
		this.error = error;
		this.jsonLd = jsonLd;
		this.fetched = fetched;
	}

	/** A page that could not be fetched at all. */
	static LoadedPage unfetched(URI url, RunError error) {
		return new LoadedPage(url, null, error, null, false);
	}

	/** Reads a response with the source's format override (or null). */
	static BodyReader<LoadedPage> reader(PageParser parser, String format, long spillBytes) {
		return (response, body) -> read(parser, format, spillBytes, response, body);
	}

	private static LoadedPage read(PageParser parser, String format, long spillBytes, FetchedResponse response,
			InputStream body) throws IOException {
		Lang lang = PageFormats.langOf(format, response);
		if (lang == null) {
			return failed(response.url(), "wrong-content-type", (format == null || format.isBlank()
					? "The source sent " + (response.mediaType() == null ? "no Content-Type" : response.mediaType())
					: "The source's format override " + format + " is not an RDF syntax read here")
					+ "; accepted: " + PageFormats.acceptedNames() + ".");
		}
		if (RDFLanguages.sameLang(lang, Lang.JSONLD)) {
			return new LoadedPage(response.url(), null, null, body.readAllBytes(), true);
		}
		return parse(parser, response.url(), body, lang, response.length() > spillBytes);
	}

	private static LoadedPage parse(PageParser parser, URI url, InputStream body, Lang lang, boolean spillAtOnce)
			throws IOException {
		try {
			return new LoadedPage(url, parser.parse(body, lang, url.toString(), spillAtOnce), null, null, true);
		}
		catch (PageSyntaxException ex) {
			return failed(url, ex.code(), ex.detail());
		}
	}

	private static LoadedPage failed(URI url, String code, String detail) {
		return new LoadedPage(url, null, new RunError(url.toString(), code, detail), null, true);
	}

	/** This page with its JSON-LD parsed; itself when it was read as it streamed. */
	LoadedPage parsed(PageParser parser) throws IOException {
		if (jsonLd == null) {
			return this;
		}
		return parse(parser, url, new ByteArrayInputStream(jsonLd), Lang.JSONLD, false);
	}

	/** The URL that answered, after redirects: the base of the page's relative IRIs. */
	URI url() {
		return url;
	}

	/** Whether a response came (a page counted as fetched, even if it could not be read). */
	boolean fetched() {
		return fetched;
	}

	/** Why the page could not be fetched or read, or null. */
	RunError error() {
		return error;
	}

	PageStore store() {
		return store;
	}

	@Override
	public void close() {
		if (store != null) {
			store.close();
		}
	}

}
