package org.registro.harvest.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.SourceRecord;
import org.registro.support.Rdf;
import org.registro.support.Services;
import tools.jackson.databind.json.JsonMapper;

/** Package dict fields one by one: ckanext-dcat extras, licences, and values that are not what they should be. */
class PackageMapperTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PackageMapper mapper = new PackageMapper(CkanSite.of(URI.create("https://ckan.example.org/api/3")),
			new ValueTables(Services.vocabularies()));

	private Graph map(String json) {
		Object mapped = mapper.map(JSON.readTree(json), "here");
		assertThat(mapped).isInstanceOf(SourceRecord.class);
		return ((SourceRecord) mapped).graph();
	}

	@Test
	void readsTheExtrasCkanextDcatWrites() {
		Graph g = map("""
				{"id": "p1", "title": "T", "license_id": "odc-odbl", "url": "not a link",
				 "extras": [{"key": "uri", "value": "https://data.example.org/ds/1"},
				            {"key": "frequency", "value": "R/P1M"}, {"key": "access_rights", "value": "public"},
				            {"key": "language", "value": "[\\"spa\\", \\"http://publications.europa.eu/resource/authority/language/ENG\\"]"},
				            {"key": "theme", "value": "[\\"http://publications.europa.eu/resource/authority/data-theme/ECON\\"]"},
				            {"key": "temporal_start", "value": "2020-01-01"}, {"key": "temporal_end", "value": "someday"},
				            {"key": "contact_name", "value": "Help desk"}, {"key": "contact_email", "value": "mailto:help@example.org"},
				            {"key": "publisher_uri", "value": "https://agency.example.org"}, {"key": "publisher_name", "value": "Agency"},
				            {"key": "issued", "value": "2020-02-03"}],
				 "resources": [{"id": "r1", "url": "https://example.org/api/endpoint", "format": "text/csv", "size": "12",
				                "mimetype": "text/csv; charset=utf-8", "last_modified": "2021-01-01T00:00:00"}]}
				""");
		String ds = "<https://data.example.org/ds/1>";
		assertThat(Rdf.ask(g, "PREFIX vcard: <http://www.w3.org/2006/vcard/ns#> ASK { " + ds + " a dcat:Dataset ;"
				+ " dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/MONTHLY> ;"
				+ " dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;"
				+ " dct:language <http://publications.europa.eu/resource/authority/language/SPA>, <http://publications.europa.eu/resource/authority/language/ENG> ;"
				+ " dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ECON> ;"
				+ " dct:temporal [ a dct:PeriodOfTime ; dcat:startDate \"2020-01-01\"^^xsd:date ] ;"
				+ " dcat:contactPoint [ vcard:fn \"Help desk\" ; vcard:hasEmail <mailto:help@example.org> ] ;"
				+ " dct:publisher <https://agency.example.org> ; dct:issued \"2020-02-03\"^^xsd:date ; dct:identifier \"p1\" ;"
				+ " dcat:distribution <https://ckan.example.org/dataset/p1/resource/r1> }")).isTrue();
		assertThat(Rdf.ask(g, "ASK { <https://agency.example.org> a foaf:Organization ; foaf:name \"Agency\" }")).isTrue();
		assertThat(Rdf.ask(g, "ASK { ?t dcat:endDate ?e }")).as("an end that is no date is left out").isFalse();
		assertThat(Rdf.ask(g, "ASK { ?d dcat:landingPage ?p }")).as("a url that is no IRI is left out").isFalse();
		assertThat(Rdf.ask(g, "ASK { <https://ckan.example.org/dataset/p1/resource/r1> dcat:accessURL <https://example.org/api/endpoint> ;"
				+ " dcat:mediaType <https://www.iana.org/assignments/media-types/text/csv> ; dcat:byteSize \"12\"^^xsd:nonNegativeInteger ;"
				+ " dct:modified \"2021-01-01T00:00:00Z\"^^xsd:dateTime ;"
				+ " dct:license <http://publications.europa.eu/resource/authority/licence/ODC_BL> }")).isTrue();
		assertThat(Rdf.ask(g, "ASK { ?d dcat:downloadURL ?u }")).as("an API endpoint is no download").isFalse();
	}

	@Test
	void keepsAnUnknownLicenceAsALabelledDocumentAndOmitsNotSpecified() {
		Graph other = map("""
				{"id": "p2", "title": "T", "license_id": "other-open", "license_title": "Other (Open)", "resources": [{"id": "r", "url": "https://x.org/a.csv"}]}
				""");
		assertThat(Rdf.ask(other, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ASK { ?d dct:license [ a dct:LicenseDocument ; rdfs:label \"Other (Open)\" ] ;"
				+ " dcat:downloadURL <https://x.org/a.csv> }")).isTrue();
		Graph none = map("""
				{"id": "p3", "title": "T", "license_id": "notspecified", "license_title": "License not specified", "resources": []}
				""");
		assertThat(Rdf.ask(none, "ASK { ?s dct:license ?l }")).isFalse();
		Graph noResources = map("""
				{"id": "p4", "title": "T", "license_id": "cc-zero", "resources": []}
				""");
		assertThat(Rdf.ask(noResources, "ASK { <https://ckan.example.org/dataset/p4> dct:license <http://publications.europa.eu/resource/authority/licence/CC0> }"))
			.as("with no distribution to carry it, the licence stays on the dataset").isTrue();
	}

	@Test
	void themesOnlyForEuDataThemeGroupsOthersAreKeywords() {
		Graph g = map("""
				{"id": "p5", "title": "T", "groups": [{"name": "educ", "title": "Educación"}, {"name": "council-business", "title": "Council Business"}]}
				""");
		assertThat(Rdf.ask(g, "ASK { ?d dcat:theme <http://publications.europa.eu/resource/authority/data-theme/EDUC> ; dcat:keyword \"Council Business\" }"))
			.isTrue();
		assertThat(Rdf.ask(g, "ASK { ?d dcat:keyword \"Educación\" }")).isFalse();
	}

}
