package org.registro.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.registro.harvest.SourceServer.Answer;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CKAN site of our own, answering package_search as CKAN does (fq on metadata_modified, fl for
 * the key listing): after the first full run, the next asks only for what changed, and still sees
 * that a package was deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HarvestCkanIncrementalTest extends HarvestTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	SourceServer server;

	/** Package id to (title, metadata_modified). */
	final Map<String, String[]> site = new TreeMap<>();

	final List<String> queries = new java.util.concurrent.CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws Exception {
		server = new SourceServer();
		server.serve("/ckan/api/3/action/package_search", this::search);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private Answer search(String rawQuery) {
		String query = rawQuery == null ? "" : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8);
		queries.add(query);
		String since = query.replaceFirst("(?s).*metadata_modified:\\[([^ ]+) TO \\*\\].*", "$1");
		boolean filtered = query.contains("metadata_modified:[");
		int start = Integer.parseInt(query.replaceFirst("(?s).*(?:^|&)start=(\\d+).*", "$1").matches("\\d+")
				? query.replaceFirst("(?s).*(?:^|&)start=(\\d+).*", "$1") : "0");
		ArrayNode results = JSON.createArrayNode();
		int count = 0;
		for (Map.Entry<String, String[]> p : site.entrySet()) {
			if (filtered && p.getValue()[1].compareTo(since.replace("Z", "")) < 0) {
				continue;
			}
			if (count++ >= start) {
				results.add(dict(p.getKey(), p.getValue()));
			}
		}
		ObjectNode body = JSON.createObjectNode().put("success", true);
		body.putObject("result").put("count", count).set("results", results);
		return new Answer(200, "application/json", JSON.writeValueAsBytes(body));
	}

	private ObjectNode dict(String id, String[] p) {
		ObjectNode d = JSON.createObjectNode().put("id", id).put("name", "pkg-" + id).put("title", p[0])
			.put("notes", "Conjunto de la ciudad: " + p[0]).put("license_id", "cc-by").put("metadata_created", "2026-01-01T00:00:00.000000")
			.put("metadata_modified", p[1]);
		d.putObject("organization").put("name", "ciudad").put("title", "Ayuntamiento de prueba");
		d.putArray("resources").addObject().put("id", id + "-r").put("url", "https://ciudad.example.org/" + id + ".csv").put("format", "CSV");
		return d;
	}

	@Test
	void theSecondRunAsksOnlyForChangesAndStillSeesDeletions() throws Exception {
		site.put("aaaa", new String[] { "Presupuesto", "2026-01-01T00:00:00.000000" });
		site.put("bbbb", new String[] { "Obras", "2026-01-01T00:00:00.000000" });
		site.put("cccc", new String[] { "Empleo", "2026-01-01T00:00:00.000000" });
		HarvestClient client = new HarvestClient(mvc);
		String id = client.create("""
				{"url": "%s", "type": "ckan", "id": "ciudad"}""".formatted(server.url("/ckan")));
		JsonNode first = client.run(id);
		assertThat(first.get("status").stringValue()).as(first.toString()).isEqualTo("finished");
		assertThat(first.get("incremental").booleanValue()).isFalse();
		assertThat(first.get("created").intValue()).isEqualTo(3);

		site.put("bbbb", new String[] { "Obras públicas", "2099-01-01T00:00:00.000000" });
		site.remove("cccc");
		queries.clear();
		JsonNode second = client.run(id);
		assertThat(second.get("status").stringValue()).as(second.toString()).isEqualTo("finished");
		assertThat(second.get("incremental").booleanValue()).isTrue();
		assertThat(queries).anyMatch((q) -> q.contains("metadata_modified:["));
		assertThat(second.get("updated").intValue()).isEqualTo(1);
		assertThat(second.get("withdrawn").intValue()).isEqualTo(1);
		// Unchanged records were not even asked for: only counted as seen, never rewritten.
		assertThat(second.get("created").intValue() + second.get("unchanged").intValue()).isZero();
		assertThat(client.entries(second.get("id").stringValue(), "withdrawn").get("entries").get(0).get("key").stringValue())
			.endsWith("/dataset/cccc");
	}

}
