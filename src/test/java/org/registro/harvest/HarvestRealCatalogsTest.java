package org.registro.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.registro.harvest.SourceServer.Answer;
import org.apache.jena.sparql.exec.QueryExec;
import org.registro.store.RecordStore;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three real exports in {@code ../shared/testdata/real-catalogs/} (a Spanish university's DCAT
 * RDF/XML, Argentina's data.json, a CKAN package_search page) served from this machine and
 * harvested through the API: every record is either taken or explained, and a second run finds
 * everything unchanged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HarvestRealCatalogsTest extends HarvestTest {

	private static final Path DIR = Path.of("../shared/testdata/real-catalogs");

	private static SourceServer server;

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordStore store;

	@BeforeAll
	static void serve() throws Exception {
		server = new SourceServer();
	}

	@AfterAll
	static void close() {
		server.close();
	}

	private static byte[] file(String name) throws Exception {
		Path p = DIR.resolve(name);
		assumeTrue(Files.isReadable(p), "skipped: " + p.toAbsolutePath().normalize() + " is absent (../shared/testdata is not next to this clone)");
		return Files.readAllBytes(p);
	}

	/** Runs the source twice; checks the first run explains every record and the second changes nothing. */
	private JsonNode harvestTwice(String body, int records) throws Exception {
		HarvestClient client = new HarvestClient(mvc);
		String id = client.create(body);
		JsonNode first = client.run(id);
		assertThat(first.get("status").stringValue()).as(first.toString()).isEqualTo("finished");
		int taken = first.get("created").intValue();
		int rejected = first.get("rejected").intValue();
		assertThat(taken + rejected + first.get("drafted").intValue()).as(first.toString()).isEqualTo(records);
		JsonNode refused = client.entries(first.get("id").stringValue(), "rejected");
		assertThat(refused.get("total").intValue()).isEqualTo(rejected);
		for (JsonNode e : refused.get("entries")) {
			// Every refusal says why: a SHACL report in words, or a named reason with its detail.
			assertThat(e.get("problems").size() > 0 || (e.hasNonNull("code") && e.hasNonNull("detail"))).as(e.toString()).isTrue();
		}
		JsonNode second = client.run(id);
		assertThat(second.get("status").stringValue()).isEqualTo("finished");
		assertThat(second.get("unchanged").intValue()).as(second.toString()).isEqualTo(taken);
		assertThat(second.get("created").intValue() + second.get("updated").intValue() + second.get("withdrawn").intValue()).isZero();
		return first;
	}

	@Test
	void theUniversityOfAlicanteDcatCatalog() throws Exception {
		server.serve("/ua/catalog.rdf", new Answer(200, "application/rdf+xml", file("dcat-es-universidad-alicante-catalog.rdf")));
		JsonNode job = harvestTwice("""
				{"url": "%s", "type": "dcat", "id": "ua", "publisher": "educacion"}""".formatted(server.url("/ua/catalog.rdf")), 258);
		assertThat(job.get("created").intValue()).isEqualTo(258);
		// What was repaired on the way is in the report: literal access URLs, language codes, sector themes.
		JsonNode created = new HarvestClient(mvc).entries(job.get("id").stringValue(), "created");
		assertThat(created.get("total").intValue()).isEqualTo(258);
		for (JsonNode e : created.get("entries")) {
			assertThat(e.get("code").stringValue()).isEqualTo("repaired");
			assertThat(e.get("detail").stringValue()).contains("dcat:accessURL", "EU language", "kept as a keyword");
		}
		// Blank-node datasets got this registry's IRIs; the public data says where they come from.
		String query = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
				+ "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?r foaf:primaryTopic ?d ; dct:source <" + server.url("/ua/catalog.rdf")
				+ "> . ?d a dcat:Dataset ; dcat:distribution/dcat:accessURL ?u . FILTER isIRI(?u) } }";
		long n = store.readPublic((dsg) -> ((Number) QueryExec.dataset(dsg).query(query).select().next().get("n").getLiteralValue()).longValue());
		assertThat(n).isEqualTo(258);
	}

	@Test
	void withoutATargetPublisherEachAlicanteRecordIsRefusedForItsNamelessPublisher() throws Exception {
		server.serve("/ua2/catalog.rdf", new Answer(200, "application/rdf+xml", file("dcat-es-universidad-alicante-catalog.rdf")));
		HarvestClient client = new HarvestClient(mvc);
		JsonNode job = client.run(client.create("""
				{"url": "%s", "type": "dcat", "id": "ua-origen"}""".formatted(server.url("/ua2/catalog.rdf"))));
		assertThat(job.get("rejected").intValue()).isEqualTo(258);
		for (JsonNode e : client.entries(job.get("id").stringValue(), "rejected").get("entries")) {
			assertThat(e.get("problems").findValuesAsString("path")).contains("http://xmlns.com/foaf/0.1/name");
		}
	}

	@Test
	void theArgentineDataJson() throws Exception {
		server.serve("/ar/data.json", new Answer(200, "application/json", file("datajson-ar-datos-gob-ar-2017-06.json")));
		JsonNode job = harvestTwice("""
				{"url": "%s", "type": "datajson", "id": "ar"}""".formatted(server.url("/ar/data.json")), 70);
		assertThat(job.get("created").intValue()).isEqualTo(70);
	}

	@Test
	void theBirminghamCkanSite() throws Exception {
		ObjectNode response = (ObjectNode) new ObjectMapper().readTree(file("ckan-uk-birmingham-package_search.json"));
		// The export is the first page of 38; served as the whole site, its count must say what it holds.
		((ObjectNode) response.get("result")).put("count", response.get("result").get("results").size());
		byte[] body = new ObjectMapper().writeValueAsBytes(response);
		server.serve("/bham/api/3/action/package_search", new Answer(200, "application/json", body));
		JsonNode job = harvestTwice("""
				{"url": "%s", "type": "ckan", "id": "bham"}""".formatted(server.url("/bham")), 10);
		assertThat(job.get("created").intValue()).isEqualTo(10);
	}

}
