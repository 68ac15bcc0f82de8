package org.registro.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.registro.support.Fixtures;
import org.registro.support.Http;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A draft never reaches the endpoint, whatever the query form; the same record becomes visible
 * once published (so the queries below can see a record when there is one to see).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftsInvisibleTest extends RegistryTest {

	private static final String DRAFT_TITLE = "Borrador SPARQL 5c1e9d";

	private static final String PUBLISHED_TITLE = "Publicado SPARQL 8a02f4";

	private static final String IRI = BASE + "/dataset/borrador-sparql";

	@LocalServerPort
	int port;

	private HttpResponse<String> query(String query, String accept) {
		return new Http(port).get(Http.query("/sparql", Map.of("query", query)), "Accept", accept);
	}

	private void put(String title, String status) {
		HttpResponse<String> put = new Http(port).put("/api/v1/datasets/borrador-sparql?status=" + status, "text/turtle",
				Fixtures.dataset(title), "Authorization", "Bearer " + TOKEN);
		assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
	}

	/** Whether a title is in the public data, asked in every query form (they must all agree). */
	private boolean visible(String title) {
		String literal = "\"" + title + "\"@es";
		boolean bySelect = query("SELECT ?s WHERE { ?s ?p " + literal + " }", "text/csv").body().lines().count() > 1;
		String construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER (?o = " + literal + ") }";
		boolean byConstruct = !Rdf.parse(query(construct, "text/turtle").body(), Lang.TURTLE).isEmpty();
		String describe = "DESCRIBE ?s WHERE { ?s ?p " + literal + " }";
		boolean byDescribe = !Rdf.parse(query(describe, "text/turtle").body(), Lang.TURTLE).isEmpty();
		String graph = "SELECT ?g WHERE { GRAPH ?g { ?s ?p " + literal + " } }";
		boolean byGraph = query(graph, "text/csv").body().lines().count() > 1;
		String fromNamed = "SELECT ?s FROM NAMED <" + IRI + "> WHERE { GRAPH ?g { ?s ?p " + literal + " } }";
		boolean byFromNamed = query(fromNamed, "text/csv").body().lines().count() > 1;
		HttpResponse<String> stored = new Http(port).get("/sparql/data?graph=" + IRI, "Accept", "text/turtle");
		boolean byGraphStore = stored.statusCode() == 200
				&& Rdf.ask(Rdf.parse(stored.body(), Lang.TURTLE), "ASK { ?s ?p " + literal + " }");
		assertThat(new boolean[] { bySelect, byConstruct, byDescribe, byGraph, byFromNamed, byGraphStore })
			.as("SELECT, CONSTRUCT, DESCRIBE, GRAPH, FROM NAMED and the Graph Store must agree about " + title)
			.containsOnly(bySelect);
		return bySelect;
	}

	@Test
	void aDraftIsAbsentFromEveryQueryFormUntilItIsPublished() {
		put(DRAFT_TITLE, "draft");
		assertThat(visible(DRAFT_TITLE)).isFalse();
		put(PUBLISHED_TITLE, "published");
		assertThat(visible(PUBLISHED_TITLE)).isTrue();
		put(DRAFT_TITLE, "draft");
		assertThat(visible(DRAFT_TITLE)).as("a draft of a published record").isFalse();
		assertThat(visible(PUBLISHED_TITLE)).as("the published version stays until the next publication").isTrue();
	}

}
