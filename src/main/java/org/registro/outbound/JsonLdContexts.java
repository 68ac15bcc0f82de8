package org.registro.outbound;

import java.net.URI;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.SchemeRouter;
import org.springframework.stereotype.Component;

/**
 * Makes every JSON-LD processing in this JVM that does not bring its own loader (Jena's parser and
 * writer, harvest readers, direct Titanium calls) fetch remote contexts only through
 * {@link Outbound}, and never read {@code file:} URLs. Installed once, at start-up.
 * <p>
 * How: Titanium's {@code new JsonLdOptions()} takes {@link SchemeRouter#defaultInstance()} as its
 * loader, and Jena's JSON-LD reader makes such options for every parse unless the parser context
 * holds {@code LangJSONLD11.JSONLD_OPTIONS}. The default router's http, https and file entries are
 * replaced here. Putting one {@code JsonLdOptions} in Jena's global context instead would not be
 * safe: Jena calls {@code setBase} on the options it finds there for every parse, so concurrent
 * parses sharing them would resolve relative IRIs against each other's base. A caller that sets its
 * own options or loader (the write API's {@code RdfBodyReader}, which fetches nothing at all) keeps
 * its own rule.
 */
@Component
public class JsonLdContexts {

	private static final DocumentLoader NO_FILES = JsonLdContexts::refuseFile;

	public JsonLdContexts(Outbound outbound) {
		install(new OutboundDocumentLoader(outbound));
	}

	/** Routes http and https documents to {@code remote}; file documents are refused. */
	static synchronized void install(DocumentLoader remote) {
		if (!(SchemeRouter.defaultInstance() instanceof SchemeRouter router)) {
			throw new IllegalStateException("Titanium's default JSON-LD loader is no longer a SchemeRouter: "
					+ "remote contexts cannot be routed through the outbound rule");
		}
		router.set("http", remote).set("https", remote).set("file", NO_FILES);
	}

	private static com.apicatalog.jsonld.document.Document refuseFile(URI url, DocumentLoaderOptions options) throws JsonLdError {
		throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Local files are not read as JSON-LD documents: " + url);
	}

}
