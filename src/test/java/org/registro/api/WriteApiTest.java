package org.registro.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.registro.record.PublicView;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.store.RecordStore;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The write API through the whole MVC stack: status codes, bodies, and that a refused write stores nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class WriteApiTest extends RegistryTest {

	private static final String TURTLE = "text/turtle";

	private static final String JSONLD = "application/ld+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordService records;

	@Autowired
	RecordStore store;

	@Test
	void createReplaceAndRepeatAnswer201Then200AndKeepOneVersionPerChange() throws Exception {
		mvc.perform(write("api-ciclo", Fixtures.dataset("Primera versión")))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/dataset/api-ciclo"))
			.andExpect(jsonPath("$.iri").value(BASE + "/dataset/api-ciclo"))
			.andExpect(jsonPath("$.status").value("published"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.created").value(true));
		mvc.perform(write("api-ciclo", Fixtures.dataset("Segunda versión")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.changed").value(true));
		mvc.perform(write("api-ciclo", Fixtures.dataset("Segunda versión")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.changed").value(false));

		Graph page = parse(mvc.perform(get("/dataset/api-ciclo").accept(TURTLE)).andReturn(), Lang.TURTLE);
		assertThat(Rdf.ask(page, "ASK { <" + BASE + "/dataset/api-ciclo> dct:title \"Segunda versión\"@es ; dcat:distribution ?d . "
				+ "?d dcat:accessURL <https://example.org/datos.csv> . FILTER(isIRI(?d)) }")).isTrue();
		assertThat(Rdf.ask(page, "ASK { ?r a dcat:CatalogRecord ; foaf:primaryTopic <" + BASE + "/dataset/api-ciclo> ; dct:issued ?i ; dct:modified ?m }"))
			.isTrue();
	}

	@Test
	void aWriterThatAcceptsOnlyRdfStillLearnsThatTheWriteSucceeded() throws Exception {
		mvc.perform(write("api-acepta-turtle", Fixtures.dataset("t")).accept(TURTLE))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void jsonLdBodiesWithTheRegistryContextAreAccepted() throws Exception {
		String body = """
				{ "@context": "%s/context.jsonld",
				  "id": "%s/dataset/api-jsonld", "type": "Dataset",
				  "title": { "es": "Escrito en JSON-LD" },
				  "description": { "es": "Un conjunto de prueba escrito en JSON-LD." },
				  "publisher": "%s/publisher/finanzas" }
				""".formatted(BASE, BASE, BASE);
		mvc.perform(write("api-jsonld", body).contentType(JSONLD)).andExpect(status().isCreated());
		Graph stored = parse(mvc.perform(auth(get("/api/v1/datasets/api-jsonld")).accept(TURTLE)).andReturn(), Lang.TURTLE);
		assertThat(Rdf.ask(stored, "ASK { <" + BASE + "/dataset/api-jsonld> a dcat:Dataset ; dct:title \"Escrito en JSON-LD\"@es }")).isTrue();
	}

	@Test
	void jsonLdIsCheckedForIrisThatTheAlgorithmWouldSilentlyDrop() throws Exception {
		String base = "\"@id\": \"" + BASE + "/dataset/%s\", \"@type\": \"http://www.w3.org/ns/dcat#Dataset\"";
		String badProperty = "{ " + base.formatted("api-propiedad") + ", \"http://example.org/a b\": \"x\" }";
		mvc.perform(write("api-propiedad", badProperty).contentType(JSONLD)).andExpect(status().isBadRequest());
		String relative = "{ \"@context\": { \"@base\": null }, " + base.formatted("api-relativo") + ", "
				+ "\"http://purl.org/dc/terms/source\": { \"@id\": \"relativo\" } }";
		mvc.perform(write("api-relativo", relative).contentType(JSONLD)).andExpect(status().isBadRequest());
		// A @json value is data, not IRIs: it must not be refused for an "@id" inside it.
		String json = "{ \"@context\": { \"n\": { \"@id\": \"http://example.org/nota\", \"@type\": \"@json\" } }, "
				+ base.formatted("api-json") + ", \"n\": { \"@id\": \"no es un IRI\" } }";
		MvcResult r = mvc.perform(write("api-json", json).contentType(JSONLD)).andReturn();
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(422);
		assertThat(r.getResponse().getContentAsString()).contains("https://w3id.org/registro/problems/validation");
	}

	@Test
	void aPublisherTypedAsAnOrganizationMayDescribeItsMembers() throws Exception {
		String publisher = """
				@prefix foaf: <http://xmlns.com/foaf/0.1/> .
				<> a foaf:Organization ; foaf:name "Secretaría de Ejemplo"@es ;
				  foaf:member [ a foaf:Person ; foaf:name "Titular" ] .
				""";
		mvc.perform(auth(put("/api/v1/publishers/con-miembros")).contentType(TURTLE).content(publisher)).andExpect(status().isCreated());
		Graph stored = parse(mvc.perform(get("/publisher/con-miembros").accept(TURTLE)).andReturn(), Lang.TURTLE);
		assertThat(Rdf.ask(stored, "ASK { <" + BASE + "/publisher/con-miembros> a foaf:Agent , foaf:Organization }")).isTrue();
	}

	@Test
	void warningsAreStoredAndReturned() throws Exception {
		String noKeywordNoTheme = Fixtures.dataset("Sin palabras clave").replace("dcat:keyword \"prueba\"@es ;", "")
			.replace("dcat:theme <http://publications.europa.eu/resource/authority/data-theme/GOVE> ;", "");
		MvcResult r = mvc.perform(write("api-avisos", noKeywordNoTheme).header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(status().isCreated())
			.andReturn();
		JsonNode json = JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(json.get("warningCount").asInt()).isEqualTo(json.get("warnings").size()).isGreaterThanOrEqualTo(2);
		assertThat(json.get("warnings").findValuesAsString("path")).contains("http://www.w3.org/ns/dcat#keyword",
				"http://www.w3.org/ns/dcat#theme");
		assertThat(json.get("warnings").findValuesAsString("severity")).containsOnly("warning");
		Graph report = store.report(ref("api-avisos")).orElseThrow();
		assertThat(Rdf.ask(report, "ASK { ?r sh:resultSeverity sh:Warning ; sh:resultPath dcat:keyword }")).isTrue();
	}

	@Test
	void aDatasetWithoutTitleGets422WithAReadableReportAndNothingIsStored() throws Exception {
		MvcResult r = mvc.perform(write("api-sin-titulo", Fixtures.datasetWithoutTitle()).header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://w3id.org/registro/problems/validation"))
			.andReturn();
		JsonNode error = JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0);
		assertThat(error.get("focusNode").asString()).isEqualTo(BASE + "/dataset/api-sin-titulo");
		assertThat(error.get("path").asString()).isEqualTo("http://purl.org/dc/terms/title");
		assertThat(error.get("message").asString()).containsIgnoringCase("título");
		assertNothingStored("api-sin-titulo");
	}

	@Test
	void aClientThatAsksForRdfGetsTheShaclReport() throws Exception {
		MvcResult r = mvc.perform(write("api-sin-titulo-rdf", Fixtures.datasetWithoutTitle()).accept(TURTLE))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		Graph report = parse(r, Lang.TURTLE);
		assertThat(Rdf.ask(report, "ASK { ?r a sh:ValidationReport ; sh:conforms false ; sh:result ?x . ?x sh:focusNode <" + BASE
				+ "/dataset/api-sin-titulo-rdf> ; sh:resultPath dct:title ; sh:resultSeverity sh:Violation }")).isTrue();
		assertNothingStored("api-sin-titulo-rdf");
	}

	static Stream<Arguments> badBodies() {
		String iri = BASE + "/dataset/%s";
		return Stream.of(
				Arguments.of("malformed Turtle", TURTLE, "<> a <http://www.w3.org/ns/dcat#Dataset> ;\n  <http://purl.org/dc/terms/title> [ .",
						400, "bad-rdf"),
				Arguments.of("undeclared prefix", TURTLE, "<> a dcat:Dataset .", 400, "bad-rdf"),
				Arguments.of("malformed JSON-LD", JSONLD, "{ \"@id\": \"" + iri + "\", ", 400, "bad-rdf"),
				Arguments.of("IRI with a space", TURTLE, Fixtures.dataset("t").replace("https://example.org/datos.csv", "https://example.org/mis datos.csv"),
						400, "bad-rdf"),
				Arguments.of("'>' inside a JSON-LD @id", JSONLD,
						"{ \"@id\": \"" + iri + "\", \"@type\": \"http://www.w3.org/ns/dcat#Dataset\", "
								+ "\"http://purl.org/dc/terms/source\": { \"@id\": \"https://example.org/a>b\" } }",
						400, "bad-rdf"),
				Arguments.of("remote JSON-LD context", JSONLD, "{ \"@context\": \"https://example.org/context.jsonld\", \"@id\": \"" + iri + "\" }",
						400, "bad-rdf"),
				Arguments.of("deeply nested Turtle collection", TURTLE,
						"<> <http://purl.org/dc/terms/source> " + "(".repeat(100_000) + ")".repeat(100_000) + " .", 400, "bad-rdf"),
				Arguments.of("deeply nested JSON", JSONLD, "[".repeat(200_000) + "]".repeat(200_000), 400, "bad-rdf"),
				Arguments.of("two datasets", TURTLE, Fixtures.dataset("uno") + "<other> a <http://www.w3.org/ns/dcat#Dataset> .", 422, "invalid-record"),
				Arguments.of("IRI that does not match the id", TURTLE, Fixtures.dataset("t").replace("<> a dcat:Dataset", "<otro-id> a dcat:Dataset"), 422,
						"invalid-record"),
				Arguments.of("a dataset of another kind", TURTLE, "<> a <http://www.w3.org/ns/dcat#DataService> .", 422, "invalid-record"),
				Arguments.of("empty body", TURTLE, "", 422, "invalid-record"),
				Arguments.of("plain text", "text/plain", Fixtures.dataset("t"), 415, "unsupported-media-type"),
				Arguments.of("JSON that is not JSON-LD", "application/json", "{}", 415, "unsupported-media-type"),
				Arguments.of("a 20 MB body", TURTLE, "# " + "x".repeat(20 * 1024 * 1024), 413, "too-large"));
	}

	@ParameterizedTest(name = "{0} -> {3}")
	@MethodSource("badBodies")
	void badBodiesAreRefusedAndChangeNothing(String what, String contentType, String body, int status, String type) throws Exception {
		String fresh = "api-mal-" + Math.abs(what.hashCode());
		MvcResult r = mvc.perform(write(fresh, body.replace("%s", fresh)).contentType(contentType)).andReturn();
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
		JsonNode problem = JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("type").asString()).isEqualTo("https://w3id.org/registro/problems/" + type);
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertNothingStored(fresh);

		// The same body sent over an existing record leaves that record as it was.
		String existing = "api-existente";
		mvc.perform(write(existing, Fixtures.dataset("Se queda así")));
		long version = records.state(ref(existing)).orElseThrow().version();
		Graph before = records.version(ref(existing), version);
		assertThat(mvc.perform(write(existing, body.replace("%s", existing)).contentType(contentType)).andReturn().getResponse().getStatus())
			.isEqualTo(status);
		assertThat(records.state(ref(existing)).orElseThrow().version()).isEqualTo(version);
		assertThat(records.version(ref(existing), version).isIsomorphicWith(before)).isTrue();
	}

	@Test
	void remoteJsonLdContextsAreNeverFetched() throws Exception {
		String body = "{ \"@context\": \"https://example.org/context.jsonld\", \"@id\": \"" + BASE + "/dataset/api-remoto\" }";
		mvc.perform(write("api-remoto", body).contentType(JSONLD))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not fetched")));
	}

	@Test
	void parseErrorsCarryLineAndColumn() throws Exception {
		String body = "@prefix dct: <http://purl.org/dc/terms/> .\n<> dct:title \"x\" ) .\n";
		mvc.perform(write("api-linea", body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.line").value(2))
			.andExpect(jsonPath("$.column").isNumber());
	}

	@Test
	void writesNeedTheAdminToken() throws Exception {
		mvc.perform(put("/api/v1/datasets/api-sin-token").contentType(TURTLE).content(Fixtures.dataset("t")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/datasets/api-sin-token").header(HttpHeaders.AUTHORIZATION, "Bearer otro-token")
			.contentType(TURTLE)
			.content(Fixtures.dataset("t"))).andExpect(status().isUnauthorized());
		mvc.perform(put("/api/v1/datasets/api-sin-token").header(HttpHeaders.AUTHORIZATION, "Basic " + TOKEN)
			.contentType(TURTLE)
			.content(Fixtures.dataset("t"))).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/v1/datasets/presupuesto-egresos-2025")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/datasets/presupuesto-egresos-2025/history")).andExpect(status().isUnauthorized());
		assertNothingStored("api-sin-token");
		assertThat(records.publicView(ref("presupuesto-egresos-2025"))).isInstanceOf(PublicView.Live.class);
	}

	@Test
	void badIdsAndStatusesAre400() throws Exception {
		mvc.perform(write("Con_Mayusculas", Fixtures.dataset("t"))).andExpect(status().isBadRequest());
		mvc.perform(write("api-estado", Fixtures.dataset("t")).queryParam("status", "archivado")).andExpect(status().isBadRequest());
		assertNothingStored("api-estado");
	}

	@Test
	void draftsAreKeptOutOfThePublicPagesAndTheCatalog() throws Exception {
		mvc.perform(write("api-borrador", Fixtures.dataset("Borrador único 7f3a")).queryParam("status", "draft"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/datasets/api-borrador"))
			.andExpect(jsonPath("$.status").value("draft"));
		mvc.perform(get("/dataset/api-borrador").accept(TURTLE)).andExpect(status().isNotFound());
		mvc.perform(auth(get("/api/v1/datasets/api-borrador")).accept(TURTLE))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Record-Status", "draft"));
		String catalog = mvc.perform(get("/catalog.nt")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Rdf.ask(Rdf.parse(catalog, Lang.NTRIPLES), "ASK { ?c dcat:dataset <" + BASE + "/dataset/api-borrador> }")).isFalse();
		assertThat(catalog).doesNotContain("7f3a");

		mvc.perform(write("api-borrador", Fixtures.dataset("Borrador único 7f3a"))).andExpect(status().isOk());
		mvc.perform(get("/dataset/api-borrador").accept(TURTLE)).andExpect(status().isOk());
	}

	@Test
	void historyListsEveryChangeAndServesEachVersion() throws Exception {
		mvc.perform(write("api-historia", Fixtures.dataset("Versión uno")));
		mvc.perform(write("api-historia", Fixtures.dataset("Versión dos")));
		mvc.perform(auth(delete("/api/v1/datasets/api-historia"))).andExpect(status().isNoContent());

		MvcResult r = mvc.perform(auth(get("/api/v1/datasets/api-historia/history"))).andExpect(status().isOk()).andReturn();
		JsonNode history = JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(history).hasSize(3);
		assertThat(Arrays.asList(history.get(0).get("actor").asString(), history.get(1).get("patch").asString())).doesNotContainNull();
		assertThat(history.findValuesAsString("status")).containsExactly("published", "published", "withdrawn");
		assertThat(history.get(1).get("patch").asString()).contains("Versión dos").contains("Versión uno");

		Graph v1 = parse(mvc.perform(auth(get("/api/v1/datasets/api-historia/history/1")).accept(TURTLE)).andReturn(), Lang.TURTLE);
		assertThat(Rdf.ask(v1, "ASK { ?d dct:title \"Versión uno\"@es }")).isTrue();
		assertThat(Rdf.ask(v1, "ASK { ?d dct:title \"Versión dos\"@es }")).isFalse();
		mvc.perform(auth(get("/api/v1/datasets/api-historia/history/99"))).andExpect(status().isBadRequest());
		mvc.perform(auth(get("/api/v1/datasets/no-existe-nunca/history"))).andExpect(status().isNotFound());
	}

	@Test
	void withdrawingUnknownRecordsIs404AndPublishersInUseAre409() throws Exception {
		mvc.perform(auth(delete("/api/v1/datasets/no-existe-nunca"))).andExpect(status().isNotFound());
		mvc.perform(auth(delete("/api/v1/publishers/finanzas")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://w3id.org/registro/problems/conflict"));
		mvc.perform(get("/publisher/finanzas").accept(TURTLE)).andExpect(status().isOk());
	}

	@Test
	void datasetsMustNameARegisteredPublisher() throws Exception {
		String unknownPublisher = Fixtures.dataset("t").replace(BASE + "/publisher/finanzas", BASE + "/publisher/no-registrado");
		mvc.perform(write("api-editor-desconocido", unknownPublisher)).andExpect(status().isUnprocessableContent());
		assertNothingStored("api-editor-desconocido");

		String publisher = """
				@prefix foaf: <http://xmlns.com/foaf/0.1/> .
				<> a foaf:Organization ; foaf:name "Secretaría de Pruebas"@es .
				""";
		mvc.perform(auth(put("/api/v1/publishers/no-registrado")).contentType(TURTLE).content(publisher)).andExpect(status().isCreated());
		mvc.perform(write("api-editor-desconocido", unknownPublisher)).andExpect(status().isCreated());
	}

	private MockHttpServletRequestBuilder write(String id, String turtle) {
		return auth(put("/api/v1/datasets/" + id)).contentType(TURTLE).content(turtle.getBytes(StandardCharsets.UTF_8));
	}

	private static MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN);
	}

	private void assertNothingStored(String id) throws Exception {
		assertThat(records.state(ref(id))).isEmpty();
		assertThat(store.history(ref(id))).isEmpty();
		mvc.perform(get("/dataset/" + id).accept(TURTLE)).andExpect(status().isNotFound());
	}

	private static RecordRef ref(String id) {
		return new RecordRef(RecordKind.DATASET, id);
	}

	private static Graph parse(MvcResult r, Lang lang) {
		return Rdf.parse(r.getResponse().getContentAsByteArray(), lang, BASE + "/");
	}

}
