package org.registro.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.registro.system.RegistryProperties;
import org.springframework.stereotype.Component;

/**
 * Writes graphs in every {@link RdfFormat}: Turtle with the usual prefixes, and JSON-LD compacted
 * with the registry's context (the copy on the classpath, so no request ever fetches it) and
 * pointing at its published URL so clients can resolve it.
 */
@Component
public class RdfWriting {

	public static final String CONTEXT_RESOURCE = "/jsonld/context.jsonld";

	private static final PrefixMap PREFIXES = PrefixMapFactory.create(Map.ofEntries(Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
			Map.entry("dct", "http://purl.org/dc/terms/"), Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
			Map.entry("vcard", "http://www.w3.org/2006/vcard/ns#"), Map.entry("adms", "http://www.w3.org/ns/adms#"),
			Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"), Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
			Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"), Map.entry("spdx", "http://spdx.org/rdf/terms#"),
			Map.entry("sh", "http://www.w3.org/ns/shacl#"), Map.entry("locn", "http://www.w3.org/ns/locn#"),
			Map.entry("eu-theme", "http://publications.europa.eu/resource/authority/data-theme/"),
			Map.entry("eu-filetype", "http://publications.europa.eu/resource/authority/file-type/")));

	private final JsonDocument context;

	private final String contextUrl;

	public RdfWriting(RegistryProperties properties) {
		this.context = loadContext();
		this.contextUrl = properties.baseUri() + "/context.jsonld";
	}

	public void write(Graph graph, RdfFormat format, OutputStream out) {
		switch (format) {
			case TURTLE -> withPrefixes(graph, RDFFormat.TURTLE_PRETTY, out);
			case JSONLD -> writeJsonLd(graph, out);
			case RDFXML -> withPrefixes(graph, RDFFormat.RDFXML_PLAIN, out);
			case NTRIPLES -> RDFWriter.source(graph).format(RDFFormat.NTRIPLES).output(out);
		}
	}

	/** The usual prefixes, plus any the graph brings (a service description's {@code sd:}, say). */
	private static void withPrefixes(Graph graph, RDFFormat format, OutputStream out) {
		PrefixMap prefixes = PREFIXES;
		if (!graph.getPrefixMapping().hasNoMappings()) {
			prefixes = PrefixMapFactory.create(PREFIXES);
			prefixes.putAll(graph.getPrefixMapping());
		}
		RDFWriterRegistry.getWriterGraphFactory(format).create(format).write(out, graph, prefixes, null, RIOT.getContext());
	}

	/** The context document served at {@code /context.jsonld}. */
	public JsonDocument context() {
		return context;
	}

	private void writeJsonLd(Graph graph, OutputStream out) {
		try {
			Document rdf = RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph)));
			JsonObject compacted = JsonLd.compact(JsonDocument.of(JsonLd.fromRdf(rdf).get()), context).get();
			JsonObject withUrl = Json.createObjectBuilder(compacted).add("@context", contextUrl).build();
			try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out, StandardCharsets.UTF_8)) {
				writer.write(withUrl);
			}
		}
		catch (JsonLdError ex) {
			throw new IllegalStateException("JSON-LD compaction failed", ex);
		}
	}

	private static JsonDocument loadContext() {
		try (InputStream in = RdfWriting.class.getResourceAsStream(CONTEXT_RESOURCE)) {
			return JsonDocument.of(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JsonLdError ex) {
			throw new IllegalStateException("The JSON-LD context does not parse", ex);
		}
	}

}
