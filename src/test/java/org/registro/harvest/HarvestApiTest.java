package org.registro.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.Test;
import org.registro.account.TokenService;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/** The harvest API's answers to bad input and to people who may not use it; none of them changes anything. */
@SpringBootTest
@AutoConfigureMockMvc
class HarvestApiTest extends HarvestTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TokenService tokens;

	@Autowired
	HarvestService harvest;

	private MvcResult create(String body) throws Exception {
		return new HarvestClient(mvc).call(post("/api/v1/harvest/sources").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private JsonNode errors(MvcResult r) throws Exception {
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(400);
		assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
		return new HarvestClient(mvc).json(r).get("errors");
	}

	@Test
	void aSourceIsCreatedReadChangedAndDeleted() throws Exception {
		HarvestClient client = new HarvestClient(mvc);
		MvcResult r = create("""
				{"url": "https://datos.example.net/catalog.ttl", "type": "dcat", "publisher": "finanzas", "schedule": "daily",
				 "options": {"pageSize": 50, "headers": {"X-Api-Key": "abc"}, "format": "text/turtle", "validation": "draft"}}""");
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
		JsonNode s = client.json(r);
		String id = s.get("id").stringValue();
		assertThat(id).isEqualTo("datos-example-net");
		assertThat(r.getResponse().getHeader("Location")).isEqualTo("/api/v1/harvest/sources/" + id);
		assertThat(s.get("publisher").stringValue()).isEqualTo(BASE + "/publisher/finanzas");
		assertThat(s.get("options").get("headers").get("X-Api-Key").stringValue()).isEqualTo("abc");
		assertThat(s.get("options").get("validation").stringValue()).isEqualTo("draft");

		JsonNode changed = client.json(client.call(put("/api/v1/harvest/sources/" + id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"schedule\": \"0 30 2 * * MON\", \"enabled\": false}")));
		assertThat(changed.get("schedule").stringValue()).isEqualTo("0 30 2 * * MON");
		assertThat(changed.get("enabled").booleanValue()).isFalse();
		assertThat(changed.get("options").get("pageSize").intValue()).isEqualTo(50);

		assertThat(client.call(delete("/api/v1/harvest/sources/" + id)).getResponse().getStatus()).isEqualTo(204);
		assertThat(client.call(get("/api/v1/harvest/sources/" + id)).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void badSourcesAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		int before = harvest.sources().size();
		assertThat(errors(create("{\"type\": \"dcat\"}")).findValuesAsString("field")).containsExactly("url");
		assertThat(errors(create("{\"url\": \"ftp://example.org/x\", \"type\": \"dcat\"}")).findValuesAsString("field")).containsExactly("url");
		assertThat(errors(create("{\"url\": \"https://example.org/x\", \"type\": \"sparql\"}")).findValuesAsString("field")).containsExactly("type");
		assertThat(errors(create("{\"url\": \"https://example.org/x\", \"type\": \"ckan\", \"schedule\": \"every tuesday\"}"))
			.findValuesAsString("field")).containsExactly("schedule");
		assertThat(errors(create("{\"url\": \"https://example.org/x\", \"type\": \"ckan\", \"publisher\": \"nadie\"}"))
			.findValuesAsString("field")).containsExactly("publisher");
		assertThat(errors(create("{\"url\": \"https://example.org/x\", \"type\": \"ckan\", \"options\": {\"pageSize\": 5000}}"))
			.findValuesAsString("field")).containsExactly("pageSize");
		assertThat(errors(create("{\"url\": \"https://example.org/x\", \"type\": \"ckan\", \"options\": {\"headers\": {\"Host\": \"evil\"}}}"))
			.findValuesAsString("field")).containsExactly("headers");
		assertThat(errors(create("{\"url\": \"https://example.org/x\", \"type\": \"dcat\", \"options\": {\"format\": \"text/html\"}}"))
			.findValuesAsString("field")).containsExactly("format");
		assertThat(errors(create("{\"url\": \"https://example.org/x\", \"type\": \"dcat\", \"id\": \"Mal Id\"}")).findValuesAsString("field"))
			.containsExactly("id");
		// The registry's own network is out of reach unless the operator allows it (tests allow 127.0.0.0/8 only).
		JsonNode forbidden = errors(create("{\"url\": \"http://10.1.2.3/catalog.ttl\", \"type\": \"dcat\"}"));
		assertThat(forbidden.findValuesAsString("field")).containsExactly("url");
		assertThat(errors(create("{\"url\": \"http://169.254.169.254/latest/meta-data\", \"type\": \"dcat\"}")).findValuesAsString("field"))
			.containsExactly("url");
		MvcResult notJson = create("{\"url\": ");
		assertThat(notJson.getResponse().getStatus()).isEqualTo(400);
		assertThat(harvest.sources()).hasSize(before);
	}

	@Test
	void unknownSourcesAndJobsAre404AndATypeNeverChanges() throws Exception {
		HarvestClient client = new HarvestClient(mvc);
		assertThat(client.call(get("/api/v1/harvest/sources/no-existe")).getResponse().getStatus()).isEqualTo(404);
		assertThat(client.call(post("/api/v1/harvest/sources/no-existe/jobs")).getResponse().getStatus()).isEqualTo(404);
		assertThat(client.call(get("/api/v1/harvest/jobs/no-existe")).getResponse().getStatus()).isEqualTo(404);
		assertThat(client.call(get("/api/v1/harvest/jobs/no-existe/entries")).getResponse().getStatus()).isEqualTo(404);
		// Ids that could never be ours (they would make bad IRIs) are refused or unknown, never server errors.
		for (String odd : new String[] { "a%3Eb", "x%20y", "%7B%7D", "a%22b" }) {
			assertThat(client.call(get("/api/v1/harvest/sources/" + odd)).getResponse().getStatus()).as(odd).isIn(400, 404);
			assertThat(client.call(get("/api/v1/harvest/sources/" + odd + "/jobs")).getResponse().getStatus()).as(odd).isIn(400, 404);
			assertThat(client.call(get("/api/v1/harvest/jobs/" + odd)).getResponse().getStatus()).as(odd).isIn(400, 404);
			assertThat(client.call(get("/api/v1/harvest/jobs/" + odd + "/entries")).getResponse().getStatus()).as(odd).isIn(400, 404);
			assertThat(client.call(get("/api/v1/harvest/jobs/" + odd + "/report")).getResponse().getStatus()).as(odd).isIn(400, 404);
		}
		String id = client.json(create("{\"url\": \"https://fijo.example.org/data.json\", \"type\": \"datajson\"}")).get("id").stringValue();
		MvcResult r = client.call(put("/api/v1/harvest/sources/" + id).contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"dcat\"}"));
		assertThat(errors(r).findValuesAsString("field")).containsExactly("type");
		assertThat(harvest.source(id).orElseThrow().type().token()).isEqualTo("datajson");
	}

	@Test
	void onlyCoordinatorsAndSysadminsUseIt() throws Exception {
		String editor = tokens.create("editor-salud", "cosecha").secret();
		String coordinator = tokens.create("coordinadora", "cosecha").secret();
		assertThat(mvc.perform(get("/api/v1/harvest/sources")).andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(mvc.perform(get("/api/v1/harvest/sources").header("Authorization", "Bearer " + editor)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		MvcResult refused = mvc.perform(post("/api/v1/harvest/sources").header("Authorization", "Bearer " + editor)
			.contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"https://editor.example.org/\", \"type\": \"ckan\"}")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(harvest.sources()).noneMatch((s) -> s.url().getHost().equals("editor.example.org"));
		assertThat(mvc.perform(get("/api/v1/harvest/sources").header("Authorization", "Bearer " + coordinator)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

}
