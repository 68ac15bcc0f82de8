package org.registro.harvest.datajson;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.SourceRecord;
import org.registro.support.Rdf;
import org.registro.support.Services;
import tools.jackson.databind.json.JsonMapper;

/** Project Open Data v1.1 fields one by one. */
class DatasetMapperTest {

	private final DatasetMapper mapper = new DatasetMapper(new ValueTables(Services.vocabularies()));

	private SourceRecord map(String json) {
		Object mapped = mapper.map(JsonMapper.builder().build().readTree(json), "here", null);
		assertThat(mapped).isInstanceOf(SourceRecord.class);
		return (SourceRecord) mapped;
	}

	@Test
	void mapsAProjectOpenDataEntry() {
		SourceRecord r = map("""
				{"@type": "dcat:Dataset", "identifier": "https://data.example.gov/id/42", "title": "Air quality",
				 "description": "Hourly readings", "keyword": ["air", "pm2.5"], "modified": "2024-05-06", "issued": "2023-01-02T03:04:05-05:00",
				 "publisher": {"@type": "org:Organization", "name": "Environment Agency"},
				 "contactPoint": {"@type": "vcard:Contact", "fn": "Data Desk", "hasEmail": "mailto:data@example.gov"},
				 "accessLevel": "restricted public", "license": "https://creativecommons.org/publicdomain/zero/1.0/",
				 "accrualPeriodicity": "R/P1D", "theme": ["Environment", "http://publications.europa.eu/resource/authority/data-theme/ENVI"],
				 "superTheme": ["HEAL"], "language": ["en-US", "eng"], "spatial": "Springfield", "temporal": "2020-01-01/2020-12-31T23:59:59Z",
				 "landingPage": "https://data.example.gov/air",
				 "distribution": [{"downloadURL": "https://data.example.gov/air.csv", "mediaType": "text/csv", "format": "CSV",
				                   "title": "CSV", "byteSize": 1024},
				                  {"accessURL": "https://data.example.gov/api", "format": "API", "license": "Some Local Terms"}]}
				""");
		assertThat(r.key()).isEqualTo("https://data.example.gov/id/42");
		Graph g = r.graph();
		assertThat(Rdf.ask(g, "PREFIX vcard: <http://www.w3.org/2006/vcard/ns#> ASK { <https://data.example.gov/id/42> a dcat:Dataset ;"
				+ " dct:identifier \"https://data.example.gov/id/42\" ; dct:title \"Air quality\" ; dcat:keyword \"air\", \"pm2.5\", \"Environment\" ;"
				+ " dct:modified \"2024-05-06\"^^xsd:date ; dct:issued \"2023-01-02T03:04:05-05:00\"^^xsd:dateTime ;"
				+ " dct:publisher [ a foaf:Organization ; foaf:name \"Environment Agency\" ] ;"
				+ " dcat:contactPoint [ a vcard:Kind ; vcard:fn \"Data Desk\" ; vcard:hasEmail <mailto:data@example.gov> ] ;"
				+ " dct:accessRights <http://publications.europa.eu/resource/authority/access-right/RESTRICTED> ;"
				+ " dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/DAILY> ;"
				+ " dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ENVI>, <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;"
				+ " dct:language <http://publications.europa.eu/resource/authority/language/ENG> ;"
				+ " dct:temporal [ a dct:PeriodOfTime ; dcat:startDate \"2020-01-01\"^^xsd:date ; dcat:endDate \"2020-12-31T23:59:59Z\"^^xsd:dateTime ] ;"
				+ " dcat:landingPage <https://data.example.gov/air> }")).isTrue();
		assertThat(Rdf.ask(g, "ASK { ?ds dct:spatial ?s }")).as("a place name is no IRI").isFalse();
		assertThat(Rdf.ask(g, "ASK { ?d a dcat:Distribution ; dcat:accessURL <https://data.example.gov/air.csv> ;"
				+ " dcat:downloadURL <https://data.example.gov/air.csv> ; dcat:mediaType <https://www.iana.org/assignments/media-types/text/csv> ;"
				+ " dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ; dcat:byteSize \"1024\"^^xsd:nonNegativeInteger ;"
				+ " dct:license <https://creativecommons.org/publicdomain/zero/1.0/> }")).isTrue();
		assertThat(Rdf.ask(g, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ASK { ?d dcat:accessURL <https://data.example.gov/api> ;"
				+ " dct:license [ a dct:LicenseDocument ; rdfs:label \"Some Local Terms\" ] FILTER NOT EXISTS { ?d dct:format ?f } }")).isTrue();
	}

	@Test
	void anIdentifierThatIsNoIriLeavesABlankDatasetKeyedByIt() {
		SourceRecord r = map("{\"identifier\": \"abc-1\", \"title\": \"T\", \"modified\": \"R/P1D\"}");
		assertThat(r.subject().isBlank()).isTrue();
		assertThat(r.key()).isEqualTo("identifier:abc-1");
		assertThat(Rdf.ask(r.graph(), "ASK { ?d dct:modified ?m }")).as("a repeating interval is no date").isFalse();
	}

}
