package org.registro.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.Lang;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordStatus;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Anonymous access, filters, and what CKAN answers to bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class CkanRequestsTest extends RegistryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordService records;

	CkanClient ckan;

	@BeforeEach
	void client() {
		ckan = new CkanClient(mvc);
	}

	@Test
	void anonymousGetAndPostWithAJsonBodyWorkWithoutTokenOrCsrf() throws Exception {
		JsonNode get = ckan.result("package_search", Map.of("fq", "organization:salud", "rows", "2"));
		CkanClient.Answer posted = CkanClient.answer(mvc.perform(post("/api/3/action/package_search").contentType(MediaType.APPLICATION_JSON)
			.content("{\"fq\": \"organization:salud\", \"rows\": 2}")).andReturn());
		assertThat(posted.status()).isEqualTo(200);
		assertThat(posted.body().get("result").get("count")).isEqualTo(get.get("count"));
		// A CKAN client's API key is not a token of ours: ignored, not refused.
		CkanClient.Answer withKey = CkanClient.answer(mvc.perform(post("/api/action/status_show").header("Authorization", "una-clave-ckan")).andReturn());
		assertThat(withKey.status()).isEqualTo(200);
		assertThat(withKey.body().get("result").get("site_url").stringValue()).isEqualTo(BASE);
	}

	@Test
	void getAnswersAreConditionalUntilThePublicDataChanges() throws Exception {
		var first = mvc.perform(get("/api/3/action/package_search").param("rows", "2")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).startsWith("W/");
		assertThat(first.getHeader("Cache-Control")).contains("public").contains("no-cache");
		assertThat(mvc.perform(get("/api/3/action/package_search").param("rows", "2").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
		assertThat(mvc.perform(get("/api/3/action/package_search").param("rows", "3").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).as("another query").isEqualTo(200);
		records.put(new RecordRef(RecordKind.DATASET, "ckan-etag"),
				Rdf.parse(Fixtures.dataset("Etiqueta").getBytes(StandardCharsets.UTF_8), Lang.TURTLE, BASE + "/dataset/ckan-etag"),
				RecordStatus.PUBLISHED, "prueba");
		var after = mvc.perform(get("/api/3/action/package_search").param("rows", "2").header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(after.getStatus()).as("after a publication").isEqualTo(200);
		assertThat(after.getHeader("ETag")).isNotEqualTo(etag);
		assertThat(mvc.perform(post("/api/3/action/package_search").header("If-None-Match", etag)).andReturn().getResponse().getHeader("ETag"))
			.as("POST answers are not cached").isNull();
	}

	@Test
	void filtersOnTheCommonFieldsKeepOnlyMatchingDatasets() throws Exception {
		assertAll("organization:salud", (p) -> assertThat(p.get("organization").get("name").stringValue()).isEqualTo("salud"));
		assertAll("tags:\"seguridad vial\"", (p) -> assertThat(CkanShapesTest.names(p.get("tags"))).contains("seguridad vial"));
		assertAll("res_format:CSV", (p) -> assertThat(p.get("resources").findValuesAsString("format")).contains("CSV"));
		assertAll("groups:educ", (p) -> assertThat(CkanShapesTest.names(p.get("groups"))).contains("educ"));
		assertAll("name:niveles-presas", (p) -> assertThat(p.get("name").stringValue()).isEqualTo("niveles-presas"));
		assertAll("metadata_modified:[2000-01-01T00:00:00.123456Z TO *] AND organization:agua",
				(p) -> assertThat(p.get("organization").get("name").stringValue()).isEqualTo("agua"));
		assertThat(ckan.result("package_search", Map.of("fq", "metadata_modified:[NOW+1DAY TO *]")).get("count").intValue()).isZero();
		JsonNode text = ckan.result("package_search", Map.of("q", "vacunación"));
		assertThat(CkanShapesTest.names(text.get("results"))).contains("vacunacion-cobertura-municipal");
	}

	private void assertAll(String fq, java.util.function.Consumer<JsonNode> check) throws Exception {
		JsonNode r = ckan.result("package_search", Map.of("fq", fq, "rows", "100"));
		assertThat(r.get("count").intValue()).as(fq).isPositive();
		assertThat(r.get("results").size()).isEqualTo(r.get("count").intValue());
		r.get("results").forEach(check);
	}

	@Test
	void rowsAreCappedAndBadNumbersAreValidationErrors() throws Exception {
		JsonNode all = ckan.result("package_search", Map.of("rows", "1000000"));
		assertThat(all.get("results").size()).isEqualTo(all.get("count").intValue());
		assertThat(ckan.result("package_search", Map.of("start", "2147483647", "rows", "1000")).get("results").size()).isZero();
		CkanClient.Answer bad = ckan.call("package_search", Map.of("rows", "abc", "start", "-1"));
		assertThat(bad.status()).isEqualTo(409);
		CkanClient.assertShape("error_envelope", bad.body());
		assertThat(bad.body().get("success").booleanValue()).isFalse();
		JsonNode error = bad.body().get("error");
		assertThat(error.get("__type").stringValue()).isEqualTo("Validation Error");
		assertThat(error.get("rows").get(0).stringValue()).isEqualTo("Invalid integer");
		assertThat(error.get("start").get(0).stringValue()).isEqualTo("Must be a natural number");
	}

	@Test
	void queriesLuceneCannotRunAreSearchErrorsNotServerErrors() throws Exception {
		for (Map<String, String> params : List.of(Map.of("q", "/[/"), Map.of("fq", "name:/[/"),
				Map.of("fq", "metadata_modified:[NOW+1000000000YEARS TO *]"), Map.of("fq", "metadata_modified:[NOW+300000000YEARS TO *]"))) {
			CkanClient.Answer answer = ckan.call("package_search", params);
			assertThat(answer.status()).as(params.toString().substring(0, Math.min(80, params.toString().length()))).isEqualTo(409);
			assertThat(answer.body().get("error").get("__type").stringValue()).isEqualTo("Search Error");
		}
		StringBuilder fqList = new StringBuilder("[");
		for (int i = 0; i < 1100; i++) {
			fqList.append(i == 0 ? "" : ",").append("\"name:x").append(i).append("\"");
		}
		CkanClient.Answer tooMany = CkanClient.answer(mvc.perform(post("/api/3/action/package_search").contentType(MediaType.APPLICATION_JSON)
			.content("{\"fq_list\": " + fqList + "]}")).andReturn());
		assertThat(tooMany.status()).isEqualTo(409);
		CkanClient.Answer object = CkanClient.answer(mvc.perform(post("/api/3/action/package_search").contentType(MediaType.APPLICATION_JSON)
			.content("{\"rows\": {}, \"q\": [[\"x\"]]}")).andReturn());
		assertThat(object.status()).as("an object where a value belongs").isEqualTo(409);
		assertThat(object.body().get("error").get("__type").stringValue()).isEqualTo("Validation Error");
	}

	@Test
	void queriesThatDoNotParseAreSearchErrorsAndUnknownParametersAreIgnored() throws Exception {
		CkanClient.Answer fq = ckan.call("package_search", Map.of("fq", "organization:(salud"));
		assertThat(fq.status()).isEqualTo(409);
		assertThat(fq.body().get("error").get("__type").stringValue()).isEqualTo("Search Error");
		assertThat(ckan.call("package_search", Map.of("fq", "metadata_modified:[ayer TO *]")).status()).isEqualTo(409);
		assertThat(ckan.call("package_search", Map.of("sort", "popularidad desc")).status()).isEqualTo(409);
		CkanClient.Answer sort = ckan.call("package_search", Map.of("sort", "name arriba"));
		assertThat(sort.status()).isEqualTo(400);
		assertThat(sort.body().get("error").get("__type").stringValue()).isEqualTo("Search Query Error");
		// Free text that is not Solr syntax is read as words, as CKAN's dismax does.
		assertThat(ckan.call("package_search", Map.of("q", "agua (potable")).status()).isEqualTo(200);
		JsonNode ignored = ckan.result("package_search", Map.of("fq", "organization:salud", "parametro_inventado", "x"));
		assertThat(ignored.get("count")).isEqualTo(ckan.result("package_search", Map.of("fq", "organization:salud")).get("count"));
	}

	@Test
	void unknownActionsBadBodiesAndUnknownIdsAnswerAsCkanDoes() throws Exception {
		CkanClient.Answer unknown = ckan.call("package_create", Map.of());
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().stringValue()).isEqualTo("Bad request - Action name not known: package_create");
		CkanClient.Answer badJson = CkanClient.answer(mvc.perform(post("/api/3/action/package_search").contentType(MediaType.APPLICATION_JSON)
			.content("{\"rows\": ")).andReturn());
		assertThat(badJson.status()).isEqualTo(400);
		assertThat(badJson.body().stringValue()).startsWith("Bad request - JSON Error");
		CkanClient.Answer missing = ckan.call("package_show", Map.of("id", "no-existe-este"));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body().get("error").get("__type").stringValue()).isEqualTo("Not Found Error");
		assertThat(missing.body().get("error").get("message").stringValue()).isEqualTo("Not found");
		assertThat(ckan.call("organization_show", Map.of("id", "no-existe-este")).status()).isEqualTo(404);
	}

	@Test
	void organizationsGroupsAndTagsListWhatIsPublished() throws Exception {
		assertThat(CkanShapesTest.names(ckan.result("organization_list", Map.of()))).contains("salud", "agua", "movilidad");
		JsonNode orgs = ckan.result("organization_list", Map.of("all_fields", "true", "sort", "package_count desc"));
		orgs.forEach((o) -> CkanClient.assertShape("organization", o));
		assertThat(orgs.get(0).get("package_count").intValue()).isGreaterThanOrEqualTo(orgs.get(orgs.size() - 1).get("package_count").intValue());
		JsonNode salud = ckan.result("organization_show", Map.of("id", "salud", "include_datasets", "true"));
		assertThat(salud.get("packages").size()).isEqualTo(salud.get("package_count").intValue()).isPositive();
		assertThat(ckan.result("organization_show", Map.of("id", salud.get("id").stringValue())).get("name").stringValue()).isEqualTo("salud");
		JsonNode groups = ckan.result("group_list", Map.of("all_fields", "true"));
		assertThat(CkanShapesTest.names(groups)).contains("educ", "heal", "tran");
		groups.forEach((g) -> CkanClient.assertShape("group", g));
		assertThat(CkanShapesTest.names(ckan.result("tag_list", Map.of()))).contains("seguridad vial");
		assertThat(CkanShapesTest.names(ckan.result("tag_list", Map.of("query", "VIAL")))).isNotEmpty().allMatch((t) -> t.toLowerCase().contains("vial"));
	}

}
