package org.registro.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.registro.support.Http;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The limits that keep the endpoint up for everyone, set small: a runaway query is cancelled at the
 * time limit and the next one is served; a query without a small LIMIT is cut at the row cap and
 * says so, and so is a graph answer at its triple cap; a query text over the size limit is refused
 * before it is parsed; a query arriving while the only slot is taken gets 503 with Retry-After.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "registry.sparql.query-timeout=2s", "registry.sparql.max-rows=5", "registry.sparql.max-concurrent=1",
				"registry.sparql.max-queued=0", "registry.sparql.queue-timeout=0s", "registry.sparql.max-query-size=2KB" })
class SparqlLimitsTest extends RegistryTest {

	/** Every triple three times over: about 10^13 rows on the demo catalog, so it never ends by itself. */
	private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

	private static final String DATASETS = Rdf.PREFIXES + "SELECT ?d WHERE { ?d a dcat:Dataset }";

	@LocalServerPort
	int port;

	private HttpResponse<String> query(String query) {
		return new Http(port).get(Http.query("/sparql", Map.of("query", query)), "Accept", "text/csv");
	}

	@Test
	void aRunawayQueryIsCancelledAtTheTimeLimitAndTheNextQueryIsServed() {
		long start = System.nanoTime();
		HttpResponse<String> runaway = query(RUNAWAY);
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
		assertThat(runaway.statusCode()).isEqualTo(503);
		assertThat(runaway.body()).contains("timed out");
		assertThat(seconds).as("cancelled near the 2 s limit").isLessThan(20);
		HttpResponse<String> next = query(DATASETS + " LIMIT 1");
		assertThat(next.statusCode()).isEqualTo(200);
		assertThat(next.body().lines().count()).isEqualTo(2);
	}

	@Test
	void resultsAreCutAtTheRowCapAndTheResponseSaysSo() {
		HttpResponse<String> uncapped = query(DATASETS);
		assertThat(uncapped.body().lines().skip(1).count()).isEqualTo(5);
		assertThat(uncapped.headers().firstValue(CappedQuery.ROWS_HEADER)).hasValue("5");
		HttpResponse<String> small = query(DATASETS + " LIMIT 3");
		assertThat(small.body().lines().skip(1).count()).isEqualTo(3);
		assertThat(small.headers().firstValue(CappedQuery.ROWS_HEADER)).isEmpty();
		HttpResponse<String> page = query(DATASETS + " ORDER BY ?d OFFSET 18");
		assertThat(page.body().lines().skip(1).count()).as("OFFSET still pages past the cap").isBetween(1L, 5L);
	}

	@Test
	void graphAnswersAreCutAtTenTriplesPerCappedRow() {
		// Twelve triples per solution, five solutions (the row cap): 60 triples, cut at 50.
		StringBuilder template = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			template.append("?d <urn:x:p").append(i).append("> ?d . ");
		}
		String construct = Rdf.PREFIXES + "CONSTRUCT { " + template + "} WHERE { ?d a dcat:Dataset }";
		HttpResponse<String> cut = new Http(port).get(Http.query("/sparql", Map.of("query", construct)), "Accept", "application/n-triples");
		assertThat(cut.statusCode()).isEqualTo(200);
		assertThat(Rdf.parse(cut.body(), Lang.NTRIPLES).size()).isEqualTo(50);
		assertThat(cut.headers().firstValue(CappedQuery.TRIPLES_HEADER)).hasValue("50");
		String describe = Rdf.PREFIXES + "DESCRIBE ?d WHERE { ?d a dcat:Dataset }";
		HttpResponse<String> described = new Http(port).get(Http.query("/sparql", Map.of("query", describe)), "Accept",
				"application/n-triples");
		assertThat(Rdf.parse(described.body(), Lang.NTRIPLES).size()).isEqualTo(50);
		assertThat(described.headers().firstValue(CappedQuery.TRIPLES_HEADER)).hasValue("50");
		HttpResponse<String> whole = new Http(port).get(
				Http.query("/sparql", Map.of("query", Rdf.PREFIXES + "CONSTRUCT { ?d a dcat:Dataset } WHERE { ?d a dcat:Dataset } LIMIT 2")),
				"Accept", "application/n-triples");
		assertThat(Rdf.parse(whole.body(), Lang.NTRIPLES).size()).isEqualTo(2);
		assertThat(whole.headers().firstValue(CappedQuery.TRIPLES_HEADER)).isEmpty();
	}

	@Test
	void aQueryLongerThanTheLimitIsRefusedHoweverItIsSent() {
		String longQuery = "# " + "x".repeat(3000) + "\nASK {}";
		Http http = new Http(port);
		HttpResponse<String> body = http.post("/sparql", "application/sparql-query", longQuery);
		assertThat(body.statusCode()).isEqualTo(413);
		assertThat(body.body()).contains("max-query-size");
		HttpResponse<String> chunked = http.send(http.request("/sparql", "Content-Type", "application/sparql-query")
			.POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(longQuery.getBytes(StandardCharsets.UTF_8)))));
		assertThat(chunked.statusCode()).as("no Content-Length").isEqualTo(413);
		HttpResponse<String> form = http.post("/sparql", "application/x-www-form-urlencoded",
				"query=" + URLEncoder.encode(longQuery, StandardCharsets.UTF_8));
		assertThat(form.statusCode()).isEqualTo(413);
		assertThat(http.post("/sparql", "application/sparql-query", "ASK {}").statusCode()).as("a short one").isEqualTo(200);
	}

	@Test
	void aQueryFindingNoFreeSlotGets503WithRetryAfter() throws Exception {
		CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> query(RUNAWAY));
		Thread.sleep(500); // let the runaway take the slot; it holds it for the 2 s time limit
		HttpResponse<String> refused = null;
		for (int i = 0; i < 50 && refused == null && !runaway.isDone(); i++) {
			HttpResponse<String> attempt = query(DATASETS + " LIMIT 1");
			if (attempt.statusCode() == 503) {
				refused = attempt;
			}
			else {
				Thread.sleep(20);
			}
		}
		assertThat(refused).as("a second query while the runaway holds the only slot").isNotNull();
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(refused.body()).contains("busy");
		assertThat(runaway.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
		assertThat(query(DATASETS + " LIMIT 1").statusCode()).as("the slot is free again").isEqualTo(200);
	}

}
