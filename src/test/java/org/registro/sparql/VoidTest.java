package org.registro.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.registro.support.Fixtures;
import org.registro.support.Http;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The VoID description: its figures agree with the endpoint's own counts, and follow publication. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VoidTest extends RegistryTest {

	private static final String DATASET = BASE + "/.well-known/void#dataset";

	@LocalServerPort
	int port;

	private Graph voidGraph() {
		HttpResponse<String> response = new Http(port).get("/.well-known/void", "Accept", "text/turtle");
		assertThat(response.statusCode()).isEqualTo(200);
		return Rdf.parse(response.body(), Lang.TURTLE);
	}

	private static long figure(Graph g, Property p) {
		Node n = g.find(NodeFactory.createURI(DATASET), p.asNode(), Node.ANY).next().getObject();
		assertThat(n.getLiteralDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#integer");
		return ((Number) n.getLiteralValue()).longValue();
	}

	/** A count asked of the endpoint itself, over the same default graph. */
	private long count(String select) {
		HttpResponse<String> response = new Http(port).get(Http.query("/sparql", Map.of("query", select)), "Accept",
				"application/sparql-results+json");
		ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
				ResultSetLang.RS_JSON);
		return rows.next().getLiteral("n").getLong();
	}

	@Test
	void theFiguresAreTheEndpointsOwnCounts() {
		Graph g = voidGraph();
		assertThat(figure(g, VOID.triples)).isEqualTo(count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
		assertThat(figure(g, VOID.distinctSubjects)).isEqualTo(count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"));
		assertThat(figure(g, VOID.distinctObjects)).isEqualTo(count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"));
		assertThat(figure(g, VOID.properties)).isEqualTo(count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"));
		assertThat(figure(g, VOID.classes)).isEqualTo(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"));
		assertThat(figure(g, VOID.entities)).isPositive().isLessThan(figure(g, VOID.distinctSubjects));
		String ask = """
				PREFIX void: <http://rdfs.org/ns/void#>
				PREFIX dcat: <http://www.w3.org/ns/dcat#>
				ASK {
				  <%1$s/.well-known/void> a void:DatasetDescription ; <http://xmlns.com/foaf/0.1/primaryTopic> <%2$s> .
				  <%2$s> a void:Dataset ; void:sparqlEndpoint <%1$s/sparql> ; void:rootResource <%1$s/catalog> ;
				    void:uriSpace "%1$s/" ; void:exampleResource ?example ;
				    void:classPartition [ void:class dcat:Dataset ; void:entities ?datasets ] ;
				    void:propertyPartition [ void:property dcat:theme ; void:triples ?themes ] .
				  FILTER (?datasets >= 20 && ?themes > 0)
				}
				""".formatted(BASE, DATASET);
		assertThat(Rdf.ask(g, ask)).isTrue();
	}

	@Test
	void theDescriptionFollowsPublication() {
		long before = figure(voidGraph(), VOID.triples);
		HttpResponse<String> put = new Http(port).put("/api/v1/datasets/void-nuevo", "text/turtle", Fixtures.dataset("Para VoID"),
				"Authorization", "Bearer " + TOKEN);
		assertThat(put.statusCode()).isEqualTo(201);
		long expected = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
		assertThat(expected).isGreaterThan(before);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(figure(voidGraph(), VOID.triples)).isEqualTo(expected));
	}

	@Test
	void anUnchangedDescriptionAnswers304() {
		Http http = new Http(port);
		voidGraph();
		HttpResponse<String> first = http.get("/.well-known/void", "Accept", "text/turtle");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(http.get("/.well-known/void", "Accept", "text/turtle", "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(http.get("/.well-known/void", "Accept", "application/ld+json").headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/ld+json");
	}

}
