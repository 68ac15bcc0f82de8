package org.registro.support;

import java.io.ByteArrayInputStream;
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
		RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base(base).parse(g);
		return g;
	}

	public static boolean ask(Graph g, String askBody) {
		return QueryExec.graph(g).query(PREFIXES + askBody).ask();
	}

	private static final String BASE_FOR_PARSE = RegistryTest.BASE + "/";

}
