package org.registro.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.registro.record.HarvestWrite;
import org.registro.record.Origin;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.support.Fixtures;
import org.registro.support.Http;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A harvested dataset as every public interface shows it: under its source's IRI in the feed,
 * SPARQL, CKAN and its page, which says where it comes from; at our location for the page itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HarvestedDatasetWebTest extends RegistryTest {

	private static final String SOURCE_PAGE = "https://datos.example.es/catalog/record/web";

	private static final String HARVEST_SOURCE = BASE + "/harvest/sources/web";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	RecordService records;

	private Http http() {
		return new Http(port);
	}

	private HarvestWrite harvest(String id, String subject, String turtle) {
		Graph g = Rdf.parse(turtle.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, "https://datos.example.es/");
		return records.harvest(new RecordRef(RecordKind.DATASET, id), g, new Origin(subject, SOURCE_PAGE, HARVEST_SOURCE), false, "cosecha")
			.join();
	}

	private static String described(String subject, String title) {
		return Fixtures.dataset(title).replace("<> a dcat:Dataset", "<" + subject + "> a dcat:Dataset");
	}

	private Graph turtle(String path) {
		HttpResponse<String> r = http().get(path, "Accept", "text/turtle");
		assertThat(r.statusCode()).as(path).isIn(200, 410);
		return Rdf.parse(r.body().getBytes(StandardCharsets.UTF_8), Lang.TURTLE, BASE + "/");
	}

	private JsonNode packageShow(String id) {
		HttpResponse<String> r = http().get(Http.query("/api/3/action/package_show", Map.of("id", id)));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return JSON.readTree(r.body()).get("result");
	}

	private static String extra(JsonNode dict, String key) {
		for (JsonNode e : dict.get("extras")) {
			if (e.get("key").stringValue().equals(key)) {
				return e.get("value").stringValue();
			}
		}
		return null;
	}

	@Test
	void feedSparqlCkanAndThePageNameTheSourcesIri() {
		String subject = "https://datos.example.es/dataset/web-presupuesto";
		assertThat(harvest("cosechado-web", subject, described(subject, "Cosechado para la web")).kind())
			.isEqualTo(HarvestWrite.Kind.CREATED);

		Graph feed = turtle("/catalog.ttl?keyword=prueba&page_size=1000");
		assertThat(Rdf.ask(feed, "ASK { <" + BASE + "/catalog> dcat:dataset <" + subject + "> ; dcat:record <" + BASE
				+ "/dataset/cosechado-web/record> . <" + subject + "> dct:title \"Cosechado para la web\"@es }")).isTrue();

		HttpResponse<String> sparql = http().get(Http.query("/sparql",
				Map.of("query", Rdf.PREFIXES + "SELECT ?d WHERE { GRAPH <" + BASE + "/dataset/cosechado-web> { ?d a dcat:Dataset } }")),
				"Accept", "application/sparql-results+json");
		List<String> found = new ArrayList<>();
		JSON.readTree(sparql.body()).get("results").get("bindings").forEach((b) -> found.add(b.get("d").get("value").stringValue()));
		assertThat(found).containsExactly(subject);

		JsonNode dict = packageShow("cosechado-web");
		assertThat(extra(dict, "uri")).isEqualTo(subject);
		assertThat(extra(dict, "harvest_source")).isEqualTo(HARVEST_SOURCE);
		assertThat(dict.get("title").stringValue()).isEqualTo("Cosechado para la web");
		assertThat(dict.get("organization").get("name").stringValue()).isEqualTo("finanzas");

		Document page = Jsoup.parse(http().get("/dataset/cosechado-web", "Accept", "text/html").body());
		assertThat(page.select("p.origin").text()).startsWith("Cosechado de");
		assertThat(page.select("p.origin a").attr("href")).isEqualTo(SOURCE_PAGE);
		assertThat(page.select("dd a[href=" + subject + "]").text()).isEqualTo(subject);
		JsonNode schemaOrg = JSON.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(schemaOrg.get("@id").stringValue()).isEqualTo(subject);
		assertThat(schemaOrg.get("url").stringValue()).isEqualTo(BASE + "/dataset/cosechado-web");
		Document english = Jsoup.parse(http().get("/dataset/cosechado-web?lang=en", "Accept", "text/html").body());
		assertThat(english.select("p.origin").text()).startsWith("Harvested from");

		Document local = Jsoup.parse(http().get("/dataset/presupuesto-egresos-2025", "Accept", "text/html").body());
		assertThat(local.select("p.origin")).as("a local dataset says nothing of an origin").isEmpty();
	}

	@Test
	void anApiWriteMustDescribeTheHarvestedIriAndKeepsTheOrigin() {
		String subject = "https://datos.example.es/dataset/web-api";
		harvest("cosechado-api", subject, described(subject, "Antes"));

		HttpResponse<String> wrong = http().put("/api/v1/datasets/cosechado-api", "text/turtle", Fixtures.dataset("Local"),
				"Authorization", "Bearer " + TOKEN, "Accept", "application/problem+json");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(wrong.body()).get("detail").stringValue()).contains("<" + subject + ">");

		HttpResponse<String> right = http().put("/api/v1/datasets/cosechado-api", "text/turtle", described(subject, "Después"),
				"Authorization", "Bearer " + TOKEN);
		assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
		assertThat(JSON.readTree(right.body()).get("iri").stringValue()).isEqualTo(subject);
		assertThat(Rdf.ask(turtle("/dataset/cosechado-api"), "ASK { <" + BASE + "/dataset/cosechado-api/record> dct:source <" + SOURCE_PAGE
				+ "> ; foaf:primaryTopic <" + subject + "> . <" + subject + "> dct:title \"Después\"@es }")).isTrue();
	}

	@Test
	void aForeignPublisherHasNoOrganization() {
		String subject = "https://datos.example.es/dataset/web-ajeno";
		String turtle = described(subject, "Publicador ajeno")
			.replace("<http://localhost:8080/publisher/finanzas>", "<https://datos.example.es/organizacion/hacienda>")
			+ "<https://datos.example.es/organizacion/hacienda> a <http://xmlns.com/foaf/0.1/Organization> ;"
			+ " <http://xmlns.com/foaf/0.1/name> \"Hacienda\"@es .\n";
		assertThat(harvest("cosechado-ajeno", subject, turtle).kind()).isEqualTo(HarvestWrite.Kind.CREATED);

		JsonNode dict = packageShow("cosechado-ajeno");
		assertThat(dict.get("organization").isNull()).isTrue();
		assertThat(extra(dict, "publisher_name")).isEqualTo("Hacienda");
		assertThat(http().get("/dataset/cosechado-ajeno", "Accept", "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void aWithdrawnHarvestedDatasetIsGoneUnderItsOwnIri() {
		String subject = "https://datos.example.es/dataset/web-retirado";
		harvest("cosechado-retirado", subject, described(subject, "Se retirará"));
		records.withdraw(new RecordRef(RecordKind.DATASET, "cosechado-retirado"), "cosecha");

		assertThat(http().get("/dataset/cosechado-retirado", "Accept", "text/html").statusCode()).isEqualTo(410);
		String record = "<" + BASE + "/dataset/cosechado-retirado/record>";
		Graph tombstone = turtle("/dataset/cosechado-retirado");
		assertThat(Rdf.ask(tombstone, "ASK { " + record + " foaf:primaryTopic <" + subject + "> . <" + subject + "> a dcat:Dataset }"))
			.isTrue();
		Graph withdrawn = turtle("/catalog/withdrawn?page_size=1000");
		assertThat(Rdf.ask(withdrawn, "ASK { ?c <http://www.w3.org/ns/hydra/core#member> " + record + " . " + record
				+ " foaf:primaryTopic <" + subject + "> }")).isTrue();
		assertThat(packageShow("cosechado-retirado").get("state").stringValue()).isEqualTo("deleted");
		assertThat(extra(packageShow("cosechado-retirado"), "uri")).isEqualTo(subject);
	}

}
