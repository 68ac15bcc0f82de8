package org.registro.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.registro.harvest.SourceServer.Answer;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Harvest runs of a DCAT source of our own, served with Hydra pages from this machine: the first
 * run creates, the next sees only unchanged records, a change is one update, a record gone from
 * the source is withdrawn, and a broken source damages nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HarvestRunTest extends HarvestTest {

	@Autowired
	MockMvc mvc;

	SourceServer server;

	HarvestClient client;

	@BeforeEach
	void start() throws Exception {
		server = new SourceServer();
		client = new HarvestClient(mvc);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	/** A conforming dataset at {@code <{prefix}/{n}>} with a blank-node distribution, in Turtle. */
	private static String dataset(String prefix, int n, String title) {
		return """
				<%1$s/%2$d> a dcat:Dataset ;
				  dct:title "%3$s"@es ;
				  dct:description "Conjunto cosechado número %2$d."@es ;
				  dct:publisher <%1$s/org> ;
				  dcat:keyword "cosecha"@es ;
				  dcat:distribution [ a dcat:Distribution ; dcat:accessURL <%1$s/%2$d.csv> ;
				      dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ] .
				""".formatted(prefix, n, title);
	}

	private static final String PREFIXES = """
			@prefix dcat: <http://www.w3.org/ns/dcat#> .
			@prefix dct: <http://purl.org/dc/terms/> .
			@prefix foaf: <http://xmlns.com/foaf/0.1/> .
			@prefix hydra: <http://www.w3.org/ns/hydra/core#> .
			""";

	/** Serves the titles as pages of 3 datasets under /dcat/p{n}.ttl, linked by hydra:next. */
	private void servePages(String prefix, Map<Integer, String> titles) {
		List<Map.Entry<Integer, String>> all = new ArrayList<>(titles.entrySet());
		int pages = (all.size() + 2) / 3;
		for (int p = 0; p < pages; p++) {
			StringBuilder ttl = new StringBuilder(PREFIXES);
			ttl.append("<").append(prefix).append("/org> a foaf:Organization ; foaf:name \"Agencia de origen\"@es .\n");
			ttl.append("<").append(server.url("/dcat/p" + p + ".ttl")).append("> a hydra:PartialCollectionView");
			if (p + 1 < pages) {
				ttl.append(" ; hydra:next <").append(server.url("/dcat/p" + (p + 1) + ".ttl")).append(">");
			}
			ttl.append(" .\n");
			for (Map.Entry<Integer, String> e : all.subList(p * 3, Math.min(all.size(), p * 3 + 3))) {
				ttl.append(dataset(prefix, e.getKey(), e.getValue()));
			}
			server.serve("/dcat/p" + p + ".ttl", Answer.ok("text/turtle", ttl.toString()));
		}
	}

	@Test
	void aSecondRunSeesOnlyUnchangedRecordsAndChangesAreUpdatesAndWithdrawals() throws Exception {
		String prefix = "https://datos.example.org/ds-cambios";
		Map<Integer, String> titles = new LinkedHashMap<>();
		for (int i = 1; i <= 7; i++) {
			titles.put(i, "Conjunto " + i);
		}
		servePages(prefix, titles);
		String id = client.create("""
				{"url": "%s", "type": "dcat", "title": "Fuente de prueba"}""".formatted(server.url("/dcat/p0.ttl")));

		JsonNode first = client.run(id);
		assertThat(first.get("status").stringValue()).as(first.toString()).isEqualTo("finished");
		assertThat(first.get("created").intValue()).isEqualTo(7);
		assertThat(first.get("pages").intValue()).isEqualTo(3);
		assertThat(first.get("rejected").intValue()).isZero();

		// The report as stored: the job is a PROV activity with an entry per record it created.
		byte[] trig = client.call(get("/api/v1/harvest/jobs/" + first.get("id").stringValue() + "/report").accept("application/trig"))
			.getResponse().getContentAsByteArray();
		org.apache.jena.sparql.core.DatasetGraph report = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
		org.apache.jena.riot.RDFParser.fromString(new String(trig, java.nio.charset.StandardCharsets.UTF_8), Lang.TRIG).parse(report);
		String job = BASE + "/harvest/jobs/" + first.get("id").stringValue();
		assertThat(org.apache.jena.sparql.exec.QueryExec.dataset(report).query("""
				PREFIX r: <https://w3id.org/registro/ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
				SELECT (COUNT(?e) AS ?n) WHERE { GRAPH <%1$s> { <%1$s> a prov:Activity ; prov:startedAtTime ?t ; prov:endedAtTime ?u .
				  ?e r:job <%1$s> ; r:outcome "created" } }""".formatted(job)).select().next().get("n").getLiteralLexicalForm()).isEqualTo("7");

		JsonNode second = client.run(id);
		assertThat(second.get("status").stringValue()).isEqualTo("finished");
		assertThat(second.get("unchanged").intValue()).isEqualTo(7);
		assertThat(second.get("created").intValue() + second.get("updated").intValue() + second.get("withdrawn").intValue()).isZero();

		titles.put(2, "Conjunto 2, corregido");
		titles.remove(5);
		servePages(prefix, titles);
		JsonNode third = client.run(id);
		assertThat(third.get("updated").intValue()).isEqualTo(1);
		assertThat(third.get("withdrawn").intValue()).isEqualTo(1);
		assertThat(third.get("unchanged").intValue()).isEqualTo(5);
		JsonNode updated = client.entries(third.get("id").stringValue(), "updated").get("entries").get(0);
		assertThat(updated.get("dataset").stringValue()).isEqualTo(prefix + "/2");

		// The withdrawn record answers 410 and the feed's withdrawn list names its source IRI.
		String withdrawnRecord = client.entries(third.get("id").stringValue(), "withdrawn").get("entries").get(0).get("record").stringValue();
		mvc.perform(get("/dataset/" + withdrawnRecord).accept("text/turtle")).andExpect(status().isGone());

		// The harvested records are public under their source IRIs, with their origin on the catalog record.
		Graph feed = Rdf.parse(mvc.perform(get("/catalog.ttl").param("page_size", "1000")).andReturn().getResponse().getContentAsByteArray(),
				Lang.TURTLE, BASE + "/catalog");
		assertThat(Rdf.ask(feed, "ASK { <" + BASE + "/catalog> dcat:dataset <" + prefix + "/2> . <" + prefix + "/2> dct:title \"Conjunto 2, corregido\"@es ."
				+ " ?r foaf:primaryTopic <" + prefix + "/2> ; dct:source ?s }")).isTrue();
		assertThat(Rdf.ask(feed, "ASK { <" + BASE + "/catalog> dcat:dataset <" + prefix + "/5> }")).isFalse();
	}

	@Test
	void aSourceThatFailsHalfWayChangesNothingAndWithdrawsNothing() throws Exception {
		String prefix = "https://datos.example.org/ds-falla";
		Map<Integer, String> titles = new LinkedHashMap<>();
		for (int i = 1; i <= 6; i++) {
			titles.put(i, "Falla " + i);
		}
		servePages(prefix, titles);
		String id = client.create("""
				{"url": "%s", "type": "dcat"}""".formatted(server.url("/dcat/p0.ttl")));
		assertThat(client.run(id).get("created").intValue()).isEqualTo(6);

		server.serve("/dcat/p1.ttl", new Answer(500, "text/plain", "boom".getBytes()));
		JsonNode broken = client.run(id);
		assertThat(broken.get("status").stringValue()).isEqualTo("failed");
		assertThat(broken.get("withdrawn").intValue()).isZero();
		assertThat(broken.get("errors").get(0).get("code").stringValue()).isEqualTo("fetch-failed");
		assertThat(broken.get("errors").get(0).get("url").stringValue()).endsWith("/dcat/p1.ttl");
		for (int i = 1; i <= 6; i++) {
			Graph feed = Rdf.parse(mvc.perform(get("/catalog.ttl").param("page_size", "1000")).andReturn().getResponse().getContentAsByteArray(),
					Lang.TURTLE, BASE + "/catalog");
			assertThat(Rdf.ask(feed, "ASK { <" + BASE + "/catalog> dcat:dataset <" + prefix + "/" + i + "> }")).as("dataset " + i).isTrue();
		}
	}

	@Test
	void aRecordWithViolationsIsRejectedWithItsReportOrKeptAsADraft() throws Exception {
		String prefix = "https://datos.example.org/ds-invalido";
		String page = PREFIXES + "<" + prefix + "/org> a foaf:Organization ; foaf:name \"Agencia\"@es .\n" + dataset(prefix, 1, "Válido")
				+ "<" + prefix + "/2> a dcat:Dataset ; dct:publisher <" + prefix + "/org> ; dct:description \"Sin título\"@es .\n";
		server.serve("/invalid.ttl", Answer.ok("text/turtle", page));
		String rejecting = client.create("""
				{"url": "%s", "type": "dcat", "id": "rechaza"}""".formatted(server.url("/invalid.ttl")));
		JsonNode job = client.run(rejecting);
		assertThat(job.get("created").intValue()).isEqualTo(1);
		assertThat(job.get("rejected").intValue()).isEqualTo(1);
		JsonNode rejected = client.entries(job.get("id").stringValue(), "rejected").get("entries").get(0);
		assertThat(rejected.get("dataset").stringValue()).isEqualTo(prefix + "/2");
		assertThat(rejected.get("problems").findValuesAsString("path")).contains("http://purl.org/dc/terms/title");

		String drafting = client.create("""
				{"url": "%s", "type": "dcat", "id": "borrador", "options": {"validation": "draft"}}""".formatted(server.url("/invalid.ttl")));
		// The same page from a second source: the valid dataset is already the first source's record,
		// so it is refused here (never twice in the catalog); the invalid one is kept as a draft.
		JsonNode drafted = client.run(drafting);
		assertThat(drafted.get("drafted").intValue()).isEqualTo(1);
		assertThat(client.entries(drafted.get("id").stringValue(), "rejected").get("entries").get(0).get("code").stringValue())
			.isEqualTo("dataset-elsewhere");
		String record = client.entries(drafted.get("id").stringValue(), "drafted").get("entries").get(0).get("record").stringValue();
		mvc.perform(get("/dataset/" + record).accept("text/turtle")).andExpect(status().isNotFound());
	}

}
