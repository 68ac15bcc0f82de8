package org.registro.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.registro.system.RegistryProperties;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads a request body as RDF with the checks a public write API needs: a supported media type, a
 * size limit enforced while reading (a missing or false Content-Length cannot get around it),
 * strict parsing (a bad IRI is an error, not a warning), and JSON-LD that may only use inline
 * contexts or the registry's own: the server never fetches a URL named in a body.
 */
@Component
public class RdfBodyReader {

	private final long maxBytes;

	private final DocumentLoader loader;

	public RdfBodyReader(RegistryProperties properties, RdfWriting writing) {
		this.maxBytes = properties.api().maxBodySize().toBytes();
		this.loader = new LocalContextLoader(properties.baseUri() + "/context.jsonld", writing.context());
	}

	public Graph read(HttpServletRequest request, String base) {
		RdfFormat format = formatOf(request.getContentType());
		if (request.getContentLengthLong() > maxBytes) {
			throw new BodyTooLargeException(maxBytes);
		}
		Graph graph = GraphFactory.createDefaultGraph();
		try (InputStream body = BoundedInputStream.builder()
			.setInputStream(request.getInputStream())
			.setMaxCount(maxBytes + 1)
			.setPropagateClose(false)
			.setOnMaxCount((max, count) -> {
				throw new BodyTooLargeException(maxBytes);
			})
			.get()) {
			if (format == RdfFormat.JSONLD) {
				byte[] bytes = body.readAllBytes();
				JsonLdIris.check(bytes, base, loader);
				parse(new ByteArrayInputStream(bytes), format, base, graph);
			}
			else {
				parse(body, format, base, graph);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (StackOverflowError ex) {
			// The parsers recurse on nesting (Turtle collections, JSON arrays): a hostile body must
			// get a 400, not a server error. The stack unwinds fully before this handler runs.
			throw new BadRdfException("The body is nested too deeply to be read", -1, -1);
		}
		return graph;
	}

	private void parse(InputStream body, RdfFormat format, String base, Graph graph) {
		JsonLdOptions options = new JsonLdOptions();
		options.setDocumentLoader(loader);
		Context context = new Context();
		context.set(LangJSONLD11.JSONLD_OPTIONS, options);
		try {
			RDFParser.source(body)
				.lang(format.lang())
				.base(base)
				.context(context)
				.errorHandler(StrictErrorHandler.INSTANCE)
				.parse(graph);
		}
		catch (RiotParseException ex) {
			throw new BadRdfException(ex.getOriginalMessage(), ex.getLine(), ex.getCol());
		}
		catch (RiotException ex) {
			if (ex.getCause() instanceof BodyTooLargeException tooLarge) {
				throw tooLarge;
			}
			throw new BadRdfException(messageOf(ex), -1, -1);
		}
	}

	private static String messageOf(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getMessage() == null) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	private static RdfFormat formatOf(String contentType) {
		if (contentType == null) {
			throw new UnsupportedBodyTypeException(null);
		}
		try {
			return RdfFormat.fromMediaType(MediaType.parseMediaType(contentType))
				.orElseThrow(() -> new UnsupportedBodyTypeException(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			throw new UnsupportedBodyTypeException(contentType);
		}
	}

	/** Resolves only the registry's own context, from memory. */
	private record LocalContextLoader(String contextUrl, Document context) implements DocumentLoader {

		@Override
		public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
			if (url.toString().equals(contextUrl)) {
				return context;
			}
			throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
					"Remote JSON-LD contexts are not fetched (" + url + "); inline the context or use " + contextUrl);
		}

	}

}
