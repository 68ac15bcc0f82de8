package org.registro.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;

/** Parsing and asking graphs in tests: RDF is compared by isomorphism or ASK, never by text. */
public final class Rdf {

	public static final String PREFIXES = """
			PREFIX dcat: <http://www.w3.org/ns/dcat#>
			PREFIX dct: <http://purl.org/dc/terms/>
			PREFIX foaf: <http://xmlns.com/foaf/0.1/>
			PREFIX adms: <http://www.w3.org/ns/adms#>
			PREFIX sh: <http://www.w3.org/ns/shacl#>
			PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
			""";

	private Rdf() {
	}

	public static Graph parse(String text, Lang lang) {
		return parse(text.getBytes(StandardCharsets.UTF_8), lang, BASE_FOR_PARSE);
	}

	public static Graph parse(byte[] bytes, Lang lang, String base) {
		Graph g = GraphFactory.createDefaultGraph();
		RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base(base).context(jsonLdContexts(Map.of(
				RegistryTest.BASE + "/context.jsonld", Path.of("src/main/resources/jsonld/context.jsonld")))).parse(g);
		return g;
	}

	/** A parser context whose JSON-LD loader serves the given context URLs from local files and fetches nothing. */
	public static Context jsonLdContexts(Map<String, Path> local) {
		JsonLdOptions options = new JsonLdOptions();
		options.setDocumentLoader((url, o) -> {
			Path file = local.get(url.toString());
			if (file == null) {
				throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "tests fetch nothing: " + url);
			}
			try (InputStream in = Files.newInputStream(file)) {
				return JsonDocument.of(in);
			}
			catch (IOException ex) {
				throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, ex.getMessage());
			}
		});
		Context context = new Context();
		context.set(LangJSONLD11.JSONLD_OPTIONS, options);
		return context;
	}

	public static boolean ask(Graph g, String askBody) {
		return QueryExec.graph(g).query(PREFIXES + askBody).ask();
	}

	private static final String BASE_FOR_PARSE = RegistryTest.BASE + "/";

}
