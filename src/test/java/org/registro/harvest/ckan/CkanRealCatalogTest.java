package org.registro.harvest.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.registro.harvest.CollectingSink;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceRecord;
import org.registro.support.MapOutbound;
import org.registro.support.MapOutbound.Answer;
import org.registro.support.Rdf;
import org.registro.support.Services;

/**
 * The first page of Birmingham City Council's real package_search answer (10 of 38 packages,
 * 54 resources, 2 of them with an empty format; see SOURCES.md), read through the CKAN reader.
 */
class CkanRealCatalogTest {

	private static final Path FILE = Path.of("../shared/testdata/real-catalogs/ckan-uk-birmingham-package_search.json");

	private static final String SITE = "https://data.birmingham.gov.uk";

	private final CollectingSink sink = new CollectingSink();

	private ReadOutcome outcome;

	private Graph all;

	@BeforeEach
	void read() throws IOException {
		assumeTrue(Files.isReadable(FILE), "skipped: " + FILE.toAbsolutePath() + " is absent (shared test data not checked out)");
		byte[] body = Files.readAllBytes(FILE);
		MapOutbound outbound = new MapOutbound().route((uri) -> FakeCkan.query(uri).get("start").equals("0")
				? new Answer(200, "application/json;charset=utf-8", body) : null);
		CkanReader reader = new CkanReader(outbound, new ValueTables(Services.vocabularies()));
		outcome = reader.read(new ReadRequest(URI.create(SITE + "/api/3"), Map.of(), 100, null, null), sink);
		all = GraphFactory.createDefaultGraph();
		sink.records.forEach((r) -> r.graph().find().forEachRemaining(all::add));
	}

	@Test
	void mapsTheTenPackagesAndSaysTheFileHoldsOnlyTheFirstPage() {
		assertThat(sink.records).hasSize(10);
		assertThat(sink.problems).isEmpty();
		assertThat(sink.records).allSatisfy((r) -> assertThat(r.key()).isEqualTo(SITE + "/dataset/" + r.identifier()));
		// count says 38; the next page is not in the file (404): the run is incomplete, nothing withdrawn
		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.errors()).extracting(RunError::code).containsExactly("fetch-failed");
	}

	@Test
	void everyPackageHasTitlePublisherAndLicence() {
		for (SourceRecord r : sink.records) {
			Graph g = r.graph();
			String ds = "<" + r.subject().getURI() + ">";
			assertThat(Rdf.ask(g, "ASK { " + ds + " a dcat:Dataset ; dct:title ?t ; dct:description ?d }")).as(r.location()).isTrue();
			assertThat(Rdf.ask(g, "ASK { " + ds + " dct:publisher <" + SITE + "/organization/birmingham-city-council> . "
					+ "<" + SITE + "/organization/birmingham-city-council> a foaf:Organization ; foaf:name \"Birmingham City Council\" }"))
				.as(r.location()).isTrue();
			assertThat(Rdf.ask(g, "ASK { " + ds + " dcat:distribution ?d . FILTER NOT EXISTS { ?d dct:license "
					+ "<http://reference.data.gov.uk/id/open-government-licence> } }")).as(r.location()).isFalse();
			assertThat(Rdf.ask(g, "ASK { " + ds + " dcat:distribution ?d }")).isTrue();
		}
	}

	@Test
	void mapsResourcesFormatsAndEmptyFormats() {
		assertThat(count("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?ds dcat:distribution ?d . ?d a dcat:Distribution ; dcat:accessURL ?a ; dcat:downloadURL ?a }"))
			.isEqualTo(54);
		assertThat(count("SELECT (COUNT(?d) AS ?n) { ?d dct:format <http://publications.europa.eu/resource/authority/file-type/XLS> }"))
			.isEqualTo(52);
		assertThat(count("SELECT (COUNT(?d) AS ?n) { ?d a dcat:Distribution FILTER NOT EXISTS { ?d dct:format ?f } }")).isEqualTo(2);
		assertThat(Rdf.ask(all, "ASK { <" + SITE + "/dataset/cf552d08-cee9-43bf-8c0f-3196a9311799/resource/b4a15ade-11b1-4c98-88a0-8cd8408212ac> "
				+ "dct:title \"Purchase Card transactions - April 2014\" ; dct:issued \"2014-12-01T14:33:45.359209Z\"^^xsd:dateTime }")).isTrue();
	}

	@Test
	void mapsContactKeywordsDatesAndLeavesOutLandingPagesThatAreNotIris() {
		String ds = "<" + SITE + "/dataset/cf552d08-cee9-43bf-8c0f-3196a9311799>";
		assertThat(Rdf.ask(all, "PREFIX vcard: <http://www.w3.org/2006/vcard/ns#> ASK { " + ds
				+ " dcat:contactPoint [ a vcard:Kind ; vcard:fn \"Ian Martin\" ; vcard:hasEmail <mailto:ian.martin@birmingham.gov.uk> ] ;"
				+ " dcat:keyword \"payments\", \"purchase card\", \"Council Business\" ;"
				+ " dct:issued \"2014-12-01T10:29:19.414595Z\"^^xsd:dateTime ; dct:modified \"2021-01-15T10:25:28.638659Z\"^^xsd:dateTime ;"
				+ " dct:identifier \"cf552d08-cee9-43bf-8c0f-3196a9311799\" }")).isTrue();
		// "Accounts Payable", "Birmingham City Council" and "" are the url fields here: none is an IRI
		assertThat(Rdf.ask(all, "ASK { ?ds dcat:landingPage ?p }")).isFalse();
		assertThat(Rdf.ask(all, "ASK { ?ds dcat:theme ?t }")).isFalse();
	}

	private long count(String select) {
		try (var exec = QueryExec.graph(all).query(Rdf.PREFIXES + select).build()) {
			Node n = exec.select().next().get("n");
			return Long.parseLong(n.getLiteralLexicalForm());
		}
	}

}
