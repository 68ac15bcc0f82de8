package org.registro.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.registro.support.Http;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The SPARQL 1.1 Protocol as clients use it, against a real server with the demo catalog: each
 * query form, each result format with its media type, GET and both POSTs, dataset description by
 * protocol and in the query, bad requests, update attempts, and Jena's own client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SparqlProtocolTest extends RegistryTest {

	private static final String DATASETS = Rdf.PREFIXES + "SELECT ?d WHERE { ?d a dcat:Dataset } ORDER BY ?d";

	private static final String PUBLISHERS_DATASET = BASE + "/dataset/presupuesto-egresos-2025";

	@LocalServerPort
	int port;

	@Autowired
	ExampleQueries examples;

	private Http http() {
		return new Http(port);
	}

	private HttpResponse<String> select(String query, String accept) {
		return http().get(Http.query("/sparql", Map.of("query", query)), "Accept", accept);
	}

	/** How many datasets are published, read from the catalog (other test classes may add some). */
	private int published() {
		Graph catalog = Rdf.parse(http().get("/catalog.ttl").body(), Lang.TURTLE);
		return (int) catalog.stream(null, org.apache.jena.vocabulary.DCAT.dataset.asNode(), null).count();
	}

	private static int rows(HttpResponse<String> response, Lang lang) {
		ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
		return ResultSetFormatter.consume(rs);
	}

	@ParameterizedTest
	@CsvSource({ "application/sparql-results+json, application/sparql-results+json, RS_JSON",
			"application/sparql-results+xml, application/sparql-results+xml, RS_XML", "text/csv, text/csv, RS_CSV",
			"text/tab-separated-values, text/tab-separated-values, RS_TSV", "*/*, application/sparql-results+json, RS_JSON" })
	void selectAnswersInTheFormatAskedFor(String accept, String mediaType, String lang) throws Exception {
		HttpResponse<String> response = select(DATASETS, accept);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
		Lang resultLang = (Lang) ResultSetLang.class.getField(lang).get(null);
		assertThat(rows(response, resultLang)).as("the catalog's datasets").isEqualTo(published()).isGreaterThanOrEqualTo(20);
	}

	@ParameterizedTest
	@CsvSource({ "csv, text/csv", "tsv, text/tab-separated-values", "xml, application/sparql-results+xml",
			"json, application/sparql-results+json" })
	void theFormatParameterOverridesAccept(String format, String mediaType) {
		HttpResponse<String> response = http().get(Http.query("/sparql", Map.of("query", DATASETS, "format", format)), "Accept",
				"text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
	}

	@Test
	void postWithAFormAndPostWithTheQueryAsBodyAnswerLikeGet() {
		String form = "query=" + java.net.URLEncoder.encode(DATASETS, StandardCharsets.UTF_8);
		HttpResponse<String> byForm = http().post("/sparql", "application/x-www-form-urlencoded", form, "Accept", "text/csv");
		HttpResponse<String> byBody = http().post("/sparql", "application/sparql-query", DATASETS, "Accept", "text/csv");
		assertThat(byForm.statusCode()).isEqualTo(200);
		assertThat(byBody.statusCode()).isEqualTo(200);
		assertThat(rows(byForm, ResultSetLang.RS_CSV)).isEqualTo(published());
		assertThat(rows(byBody, ResultSetLang.RS_CSV)).isEqualTo(published());
	}

	@Test
	void askAnswersABoolean() {
		HttpResponse<String> yes = select(Rdf.PREFIXES + "ASK { <" + PUBLISHERS_DATASET + "> a dcat:Dataset }",
				"application/sparql-results+json");
		HttpResponse<String> no = select(Rdf.PREFIXES + "ASK { <" + BASE + "/dataset/nope> a dcat:Dataset }",
				"application/sparql-results+xml");
		assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(yes.body().getBytes(StandardCharsets.UTF_8)),
				ResultSetLang.RS_JSON)).isTrue();
		assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(no.body().getBytes(StandardCharsets.UTF_8)),
				ResultSetLang.RS_XML)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML",
			"application/n-triples, NTRIPLES" })
	void constructAndDescribeAnswerTheSameGraphInEveryRdfFormat(String mediaType, String lang) throws Exception {
		Lang rdf = (Lang) org.apache.jena.riot.RDFLanguages.class.getField(lang).get(null);
		String construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + PUBLISHERS_DATASET + "> { ?s ?p ?o } }";
		HttpResponse<String> response = select(construct, mediaType);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
		Graph graph = Rdf.parse(response.body(), rdf);
		Graph stored = Rdf.parse(http().get("/sparql/data?graph=" + PUBLISHERS_DATASET, "Accept", "text/turtle").body(), Lang.TURTLE);
		assertThat(stored.size()).isGreaterThan(20);
		assertThat(graph.isIsomorphicWith(stored)).as("the record graph, whatever the format").isTrue();

		HttpResponse<String> described = select("DESCRIBE <" + PUBLISHERS_DATASET + ">", mediaType);
		assertThat(described.statusCode()).isEqualTo(200);
		assertThat(Rdf.ask(Rdf.parse(described.body(), rdf), "ASK { <" + PUBLISHERS_DATASET + "> a dcat:Dataset ; dct:title ?t }"))
			.isTrue();
	}

	@Test
	void eachRecordIsANamedGraphAndTheDefaultGraphIsTheirUnion() {
		String inGraph = Rdf.PREFIXES + "SELECT ?g WHERE { GRAPH ?g { <" + PUBLISHERS_DATASET + "> a dcat:Dataset } }";
		HttpResponse<String> graphs = select(inGraph, "text/csv");
		assertThat(graphs.body().lines().skip(1).toList()).containsExactly(PUBLISHERS_DATASET);

		// The protocol's dataset description narrows the default graph to one record.
		String titles = Rdf.PREFIXES + "SELECT ?d WHERE { ?d a dcat:Dataset }";
		HttpResponse<String> oneRecord = http().get(Http.query("/sparql", Map.of("query", titles, "default-graph-uri", PUBLISHERS_DATASET)),
				"Accept", "text/csv");
		assertThat(oneRecord.body().lines().skip(1).toList()).containsExactly(PUBLISHERS_DATASET);

		String named = Rdf.PREFIXES + "SELECT ?g ?d WHERE { GRAPH ?g { ?d a dcat:Dataset } }";
		HttpResponse<String> namedOnly = http().get(
				Http.query("/sparql", Map.of("query", named, "named-graph-uri", PUBLISHERS_DATASET)), "Accept", "text/csv");
		assertThat(namedOnly.body().lines().skip(1).toList()).containsExactly(PUBLISHERS_DATASET + "," + PUBLISHERS_DATASET);

		String fromNamed = Rdf.PREFIXES + "SELECT ?g WHERE { GRAPH ?g { ?d a dcat:Dataset } }";
		HttpResponse<String> inQuery = select(fromNamed.replace("WHERE", "FROM NAMED <" + PUBLISHERS_DATASET + "> WHERE"), "text/csv");
		assertThat(inQuery.body().lines().skip(1).toList()).containsExactly(PUBLISHERS_DATASET);
	}

	@Test
	void aSyntaxErrorIs400WithTheParsersMessage() {
		HttpResponse<String> response = select("SELEC * WHERE { ?s ?p ?o }", "application/sparql-results+json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("line 1, column");
	}

	@Test
	void badRequestsAreRefusedClearly() {
		assertThat(http().post("/sparql", "text/plain", "SELECT * {}").statusCode()).as("unsupported body type").isEqualTo(415);
		HttpResponse<String> noQuery = http().post("/sparql", "application/x-www-form-urlencoded", "foo=bar");
		assertThat(noQuery.statusCode()).isEqualTo(400);
		assertThat(noQuery.body()).contains("query");
		HttpResponse<String> twoQueries = http().get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D");
		assertThat(twoQueries.statusCode()).isEqualTo(400);
		assertThat(twoQueries.body()).contains("Multiple");
		HttpResponse<String> service = select("SELECT * { SERVICE <http://127.0.0.1:" + port + "/sparql> { ?s ?p ?o } } LIMIT 1",
				"application/sparql-results+json");
		assertThat(service.statusCode()).as("federated queries are refused").isEqualTo(422);
		assertThat(service.body()).contains("SERVICE");
		for (String echo : List.of("stylesheet=x", "callback=f", "force-accept=text/html")) {
			HttpResponse<String> refused = http().get("/sparql?query=ASK%7B%7D&format=xml&" + echo);
			assertThat(refused.statusCode()).as(echo).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		}
	}

	@Test
	void updatesAreRefusedAndChangeNothing() {
		String drop = "DROP ALL";
		String insert = "INSERT DATA { GRAPH <" + PUBLISHERS_DATASET + "> { <urn:x:a> <urn:x:b> <urn:x:c> } }";
		List<HttpResponse<String>> attempts = List.of(http().post("/sparql", "application/sparql-update", drop),
				http().post("/sparql", "application/x-www-form-urlencoded",
						"update=" + java.net.URLEncoder.encode(insert, StandardCharsets.UTF_8)),
				http().get(Http.query("/sparql", Map.of("update", drop))),
				http().post("/sparql/data?graph=" + PUBLISHERS_DATASET, "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> ."),
				http().put("/sparql/data?graph=" + PUBLISHERS_DATASET, "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> ."));
		for (HttpResponse<String> attempt : attempts) {
			assertThat(attempt.statusCode()).as(attempt.request().method() + " " + attempt.request().uri()).isIn(403, 405);
		}
		assertThat(rows(select(DATASETS, "text/csv"), ResultSetLang.RS_CSV)).isEqualTo(published()).isGreaterThanOrEqualTo(20);
		HttpResponse<String> inserted = select("ASK { <urn:x:a> ?p ?o }", "application/sparql-results+json");
		assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(inserted.body().getBytes(StandardCharsets.UTF_8)),
				ResultSetLang.RS_JSON)).isFalse();
	}

	@Test
	void aRecordGraphCanBeFetchedWithTheGraphStoreProtocol() {
		HttpResponse<String> response = http().get("/sparql/data?graph=" + PUBLISHERS_DATASET, "Accept", "text/turtle");
		assertThat(response.statusCode()).isEqualTo(200);
		Graph page = Rdf.parse(http().get("/dataset/presupuesto-egresos-2025.ttl").body(), Lang.TURTLE);
		assertThat(Rdf.parse(response.body(), Lang.TURTLE).isIsomorphicWith(page)).isTrue();
		assertThat(http().get("/sparql/data?graph=" + BASE + "/dataset/nope").statusCode()).isEqualTo(404);
		for (String whole : List.of("", "?default", "?graph=union", "?graph=default", "?graph=relative")) {
			HttpResponse<String> everything = http().get("/sparql/data" + whole);
			assertThat(everything.statusCode()).as("not one record graph: " + whole).isEqualTo(400);
			assertThat(everything.body()).contains("?graph=");
		}
	}

	@Test
	void jenasOwnClientQueriesAndFetchesAndCannotUpdate() {
		try (RDFConnection conn = RDFConnectionRemote.newBuilder()
			.destination(http().root())
			.queryEndpoint("sparql")
			.gspEndpoint("sparql/data")
			.updateEndpoint("sparql")
			.build()) {
			int[] count = new int[1];
			conn.querySelect(DATASETS, (row) -> count[0]++);
			assertThat(count[0]).isEqualTo(published());
			Model described = conn.queryDescribe("DESCRIBE <" + PUBLISHERS_DATASET + ">");
			assertThat(described.isEmpty()).isFalse();
			Model fetched = conn.fetch(PUBLISHERS_DATASET);
			assertThat(fetched.getGraph().isIsomorphicWith(
					Rdf.parse(http().get("/dataset/presupuesto-egresos-2025.ttl").body(), Lang.TURTLE))).isTrue();
			assertThatThrownBy(() -> conn.update("DROP ALL")).isInstanceOf(HttpException.class);
			assertThat(conn.queryAsk("ASK { <" + PUBLISHERS_DATASET + "> ?p ?o }")).isTrue();
		}
	}

	@Test
	void browsersOnOtherOriginsMayQuery() {
		HttpResponse<String> preflight = http().send(http().request("/sparql", "Origin", "https://investigacion.example.org",
				"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type")
			.method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://investigacion.example.org");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
		HttpResponse<String> query = http().get(Http.query("/sparql", Map.of("query", DATASETS)), "Origin",
				"https://investigacion.example.org");
		assertThat(query.statusCode()).isEqualTo(200);
		assertThat(query.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://investigacion.example.org");
	}

	@Test
	void withoutAQueryTheEndpointDescribesItself() {
		HttpResponse<String> response = http().get("/sparql", "Accept", "text/turtle");
		assertThat(response.statusCode()).isEqualTo(200);
		Graph sd = Rdf.parse(response.body(), Lang.TURTLE);
		String ask = """
				PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
				PREFIX formats: <http://www.w3.org/ns/formats/>
				ASK { <%s/sparql> a sd:Service ; sd:endpoint <%s/sparql> ; sd:supportedLanguage sd:SPARQL11Query ;
				      sd:feature sd:UnionDefaultGraph ; sd:resultFormat formats:SPARQL_Results_JSON, formats:Turtle }
				""".formatted(BASE, BASE);
		assertThat(Rdf.ask(sd, ask)).isTrue();
		assertThat(http().get("/sparql").headers().firstValue("Content-Type").orElseThrow())
			.as("no Accept: the description, in Turtle").startsWith("text/turtle");
	}

	@Test
	void browsersGetTheQueryPage() {
		String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
		HttpResponse<String> page = http().get("/sparql", "Accept", browser);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		for (ExampleQueries.Example e : examples.all()) {
			assertThat(page.body()).contains("data-example=\"" + e.id() + "\"");
		}
		HttpResponse<String> withQuery = http().get(Http.query("/sparql", Map.of("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 7")),
				"Accept", browser);
		assertThat(withQuery.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(withQuery.body()).contains("LIMIT 7").contains("data-run=\"true\"");
		assertThat(http().get("/sparql?example=no-such-example", "Accept", browser).statusCode()).isEqualTo(400);
		assertThat(http().get("/webjars/zazuko__yasqe/build/yasqe.min.js").statusCode()).as("the editor is served locally").isEqualTo(200);
	}

	@Test
	void everyExampleQueryAnswersOnTheDemoCatalog() {
		assertThat(examples.all()).hasSizeBetween(8, 10);
		for (ExampleQueries.Example e : examples.all()) {
			HttpResponse<String> response = select(e.text(), "text/csv");
			assertThat(response.statusCode()).as(e.id() + ": " + response.body()).isEqualTo(200);
			assertThat(rows(response, ResultSetLang.RS_CSV)).as(e.id()).isPositive();
			assertThat(e.title("es")).isNotBlank();
			assertThat(e.title("en")).isNotBlank().isNotEqualTo(e.title("es"));
		}
	}

}
