package org.registro.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Resource pages over the demo catalog: negotiation, conditional requests, 404/406/410, languages, escaping. */
@SpringBootTest
@AutoConfigureMockMvc
class ResourcePagesTest extends RegistryTest {

	private static final String DEMO = "/dataset/presupuesto-egresos-2025";

	private static final String DEMO_IRI = BASE + DEMO;

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0} + Accept {1} -> {2}")
	@CsvSource(delimiter = '|', value = { "/dataset/presupuesto-egresos-2025 | text/turtle | TTL",
			"/dataset/presupuesto-egresos-2025 | application/ld+json | JSONLD", "/dataset/presupuesto-egresos-2025 | application/rdf+xml | RDF/XML",
			"/dataset/presupuesto-egresos-2025 | application/n-triples | N-TRIPLES",
			"/dataset/presupuesto-egresos-2025 | text/html;q=0.1, text/turtle;q=0.9 | TTL",
			"/dataset/presupuesto-egresos-2025.ttl | text/html | TTL", "/dataset/presupuesto-egresos-2025.jsonld | */* | JSONLD",
			"/dataset/presupuesto-egresos-2025.rdf | | RDF/XML", "/dataset/presupuesto-egresos-2025.nt | | N-TRIPLES",
			"/publisher/finanzas | text/turtle | TTL", "/publisher/finanzas.jsonld | | JSONLD", "/catalog | text/turtle | TTL",
			"/catalog.nt | | N-TRIPLES" })
	void everyResourceAnswersEveryRdfFormat(String path, String accept, String lang) throws Exception {
		var request = get(path);
		if (accept != null) {
			request.header(HttpHeaders.ACCEPT, accept);
		}
		MvcResult r = mvc.perform(request).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.VARY, "Accept, Accept-Language")).andReturn();
		Lang expected = org.apache.jena.riot.RDFLanguages.nameToLang(lang);
		assertThat(r.getResponse().getContentType()).startsWith(expected.getHeaderString());
		Graph g = Rdf.parse(r.getResponse().getContentAsByteArray(), expected, BASE + "/");
		assertThat(g.isEmpty()).isFalse();
		if (path.startsWith("/dataset")) {
			assertThat(Rdf.ask(g, "ASK { <" + DEMO_IRI + "> a dcat:Dataset ; dct:title ?t ; dcat:distribution ?d . ?d dcat:accessURL ?u }")).isTrue();
		}
		if (path.startsWith("/catalog")) {
			assertThat(Rdf.ask(g, "ASK { <" + BASE + "/catalog> a dcat:Catalog ; dct:title ?t ; dct:publisher ?p ; dcat:dataset <" + DEMO_IRI + "> }"))
				.isTrue();
		}
	}

	@Test
	void allFormatsDescribeTheSameGraph() throws Exception {
		Graph ttl = fetch(DEMO + ".ttl", Lang.TURTLE);
		assertThat(fetch(DEMO + ".jsonld", Lang.JSONLD).isIsomorphicWith(ttl)).isTrue();
		assertThat(fetch(DEMO + ".rdf", Lang.RDFXML).isIsomorphicWith(ttl)).isTrue();
		assertThat(fetch(DEMO + ".nt", Lang.NTRIPLES).isIsomorphicWith(ttl)).isTrue();
	}

	@Test
	void jsonLdUsesThePublishedContext() throws Exception {
		String body = mvc.perform(get(DEMO).accept("application/ld+json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode json = JsonMapper.builder().build().readTree(body);
		assertThat(json.get("@context").asString()).isEqualTo(BASE + "/context.jsonld");
		mvc.perform(get("/context.jsonld")).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/ld+json"));
	}

	@Test
	void browsersGetHtmlInSpanishByDefaultAndEnglishOnRequest() throws Exception {
		String es = html(get(DEMO).accept("text/html,application/xhtml+xml,*/*;q=0.8"));
		assertThat(es).contains("lang=\"es\"").contains("Presupuesto de Egresos").contains("Distribuciones");
		String en = html(get(DEMO).accept("text/html").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"));
		assertThat(en).contains("lang=\"en\"").contains("Expenditure Budget").contains("Distributions");
		String param = html(get(DEMO + "?lang=en").accept("text/html"));
		assertThat(param).contains("Expenditure Budget");
	}

	@Test
	void datasetPagesEmbedSchemaOrgDataset() throws Exception {
		String page = html(get(DEMO).accept("text/html"));
		String json = page.substring(page.indexOf("<script type=\"application/ld+json\">") + 35, page.indexOf("</script>"));
		JsonNode d = JsonMapper.builder().build().readTree(json);
		assertThat(d.get("@type").asString()).isEqualTo("Dataset");
		assertThat(d.get("name").asString()).startsWith("Presupuesto de Egresos");
		assertThat(d.get("distribution").isArray()).isTrue();
	}

	@Test
	void headersLinkEveryAlternateAndConditionalRequestsGet304() throws Exception {
		MvcResult first = mvc.perform(get(DEMO).accept("text/turtle")).andExpect(status().isOk()).andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(etag).isNotBlank();
		assertThat(lastModified).isNotBlank();
		assertThat(first.getResponse().getHeaders(HttpHeaders.LINK)).anyMatch((l) -> l.contains(DEMO + ".jsonld") && l.contains("rel=\"alternate\""))
			.anyMatch((l) -> l.contains(DEMO + ".ttl"))
			.anyMatch((l) -> l.contains(DEMO + ".rdf"))
			.anyMatch((l) -> l.contains(DEMO + ".nt"));
		mvc.perform(get(DEMO).accept("text/turtle").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
		mvc.perform(get(DEMO).accept("text/turtle").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).andExpect(status().isNotModified());
		// Another representation has another ETag.
		mvc.perform(get(DEMO).accept("application/ld+json").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk());
	}

	@Test
	void unknownIdsAre404AndUnacceptableTypes406() throws Exception {
		mvc.perform(get("/dataset/no-existe").accept("text/turtle")).andExpect(status().isNotFound());
		mvc.perform(get("/dataset/no-existe").accept("text/html")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
		mvc.perform(get("/publisher/no-existe")).andExpect(status().isNotFound());
		mvc.perform(get("/dataset/Mayúsculas")).andExpect(status().isNotFound());
		mvc.perform(get(DEMO).accept("image/png")).andExpect(status().isNotAcceptable());
		mvc.perform(get(DEMO + ".xml")).andExpect(status().isNotFound());
	}

	@Test
	void withdrawnRecordsAnswer410WithATombstone() throws Exception {
		mvc.perform(put("/api/v1/datasets/pagina-retirada").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
			.contentType("text/turtle")
			.content(Fixtures.dataset("Se retirará"))).andExpect(status().isCreated());
		mvc.perform(delete("/api/v1/datasets/pagina-retirada").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
			.andExpect(status().isNoContent());
		MvcResult gone = mvc.perform(get("/dataset/pagina-retirada").accept("text/turtle")).andExpect(status().isGone()).andReturn();
		Graph tombstone = Rdf.parse(gone.getResponse().getContentAsByteArray(), Lang.TURTLE, BASE + "/");
		assertThat(Rdf.ask(tombstone, "ASK { ?r foaf:primaryTopic <" + BASE + "/dataset/pagina-retirada> ; adms:status <http://purl.org/adms/changetype/Deleted> }"))
			.isTrue();
		assertThat(Rdf.ask(tombstone, "ASK { ?s dct:title ?t }")).as("the tombstone keeps no content").isFalse();
		mvc.perform(get("/dataset/pagina-retirada").accept("text/html")).andExpect(status().isGone());
		Graph catalog = fetch("/catalog.ttl", Lang.TURTLE);
		assertThat(Rdf.ask(catalog, "ASK { ?c dcat:dataset <" + BASE + "/dataset/pagina-retirada> }")).isFalse();
	}

	@Test
	void distributionsHaveTheirOwnPages() throws Exception {
		Graph dataset = fetch(DEMO + ".ttl", Lang.TURTLE);
		String distribution = org.apache.jena.sparql.exec.QueryExec.graph(dataset)
			.query(Rdf.PREFIXES + "SELECT ?d { <" + DEMO_IRI + "> dcat:distribution ?d } ORDER BY ?d LIMIT 1")
			.select()
			.next()
			.get("d")
			.getURI();
		String path = distribution.substring(BASE.length());
		Graph g = fetch(path + ".ttl", Lang.TURTLE);
		assertThat(Rdf.ask(g, "ASK { <" + distribution + "> dcat:accessURL ?u }")).isTrue();
		assertThat(html(get(path).accept("text/html"))).contains("Presupuesto de Egresos");
		mvc.perform(get(DEMO + "/distribution/nope")).andExpect(status().isNotFound());
	}

	@Test
	void recordContentIsEscapedInPages() throws Exception {
		mvc.perform(put("/api/v1/datasets/titulo-con-script").header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
			.contentType("text/turtle")
			.content(Fixtures.dataset("Hola <script>alert('x')</script> </script><b>"))).andExpect(status().isCreated());
		String page = html(get("/dataset/titulo-con-script").accept("text/html"));
		assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>").contains("&lt;script&gt;alert");
		assertThat(page.split("</script>", -1)).as("only the JSON-LD script element is closed").hasSize(2);
	}

	private Graph fetch(String path, Lang lang) throws Exception {
		return Rdf.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), lang, BASE + "/");
	}

	private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
