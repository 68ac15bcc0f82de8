package org.registro.harvest.datajson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.registro.harvest.CollectingSink;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.SourceRecord;
import org.registro.support.MapOutbound;
import org.registro.support.MapOutbound.Answer;
import org.registro.support.Rdf;
import org.registro.support.Services;

/**
 * The data.json of datos.gob.ar of June 2017 (70 datasets, 257 distributions, Argentina's
 * "Perfil de Metadatos"; see SOURCES.md), read through the data.json reader.
 */
class DataJsonRealCatalogTest {

	private static final Path FILE = Path.of("../shared/testdata/real-catalogs/datajson-ar-datos-gob-ar-2017-06.json");

	private static final String URL = "https://datos.gob.ar/data.json";

	private final CollectingSink sink = new CollectingSink();

	private ReadOutcome outcome;

	private Graph all;

	@BeforeEach
	void read() throws IOException {
		assumeTrue(Files.isReadable(FILE), "skipped: " + FILE.toAbsolutePath() + " is absent (shared test data not checked out)");
		// raw file hosts send text/plain: it is read as JSON
		MapOutbound outbound = new MapOutbound().serve(URL, new Answer(200, "text/plain; charset=utf-8", Files.readAllBytes(FILE)));
		outcome = new DataJsonReader(outbound, new ValueTables(Services.vocabularies()))
			.read(new ReadRequest(URI.create(URL), Map.of(), 25, null, null), sink);
		all = GraphFactory.createDefaultGraph();
		sink.records.forEach((r) -> r.graph().find().forEachRemaining(all::add));
	}

	@Test
	void reads70DatasetsWith257DistributionsAndNoProblem() {
		assertThat(outcome.complete()).isTrue();
		assertThat(outcome.errors()).isEmpty();
		assertThat(sink.problems).isEmpty();
		assertThat(sink.records).hasSize(70);
		assertThat(sink.pageSizes).containsExactly(25, 25, 20);
		assertThat(count("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?ds a dcat:Dataset ; dcat:distribution ?d . ?d a dcat:Distribution ; dcat:accessURL ?a }"))
			.isEqualTo(257);
		// identifiers are UUIDs, not IRIs: blank datasets keyed by identifier
		assertThat(sink.records).allSatisfy((r) -> {
			assertThat(r.subject().isBlank()).isTrue();
			assertThat(r.key()).isEqualTo("identifier:" + r.identifier());
		});
	}

	@Test
	void everyDatasetHasTitlePublisherLicenceAccessRightsAndDateTimes() {
		for (SourceRecord r : sink.records) {
			Graph g = r.graph();
			assertThat(Rdf.ask(g, "ASK { ?ds a dcat:Dataset ; dct:title ?t ; dct:description ?d ; dct:identifier ?i ;"
					+ " dct:publisher [ a foaf:Organization ; foaf:name ?n ] ;"
					+ " dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;"
					+ " dct:issued ?issued ; dct:modified ?modified"
					+ " FILTER(datatype(?issued) = xsd:dateTime && datatype(?modified) = xsd:dateTime) }")).as(r.location()).isTrue();
			assertThat(Rdf.ask(g, "ASK { ?ds dcat:distribution ?d FILTER NOT EXISTS { ?d dct:license ?l FILTER(isIRI(?l)) } }"))
				.as(r.location()).isFalse();
		}
		// one landingPage is an agency's name, not a link: it is left out, the record is kept
		assertThat(sink.records.stream().filter((r) -> !Rdf.ask(r.graph(), "ASK { ?ds dcat:landingPage ?p }")))
			.extracting(SourceRecord::identifier).containsExactly("431381cc-3c5b-49ba-bf77-47bf658cd640");
	}

	@Test
	void mapsLicenceNamesFrequenciesThemesLanguagesAndFormats() {
		String licence = "SELECT (COUNT(DISTINCT ?ds) AS ?n) { ?ds dcat:distribution [ dct:license <%s> ] }";
		assertThat(count(licence.formatted("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"))).isEqualTo(55);
		assertThat(count(licence.formatted("http://publications.europa.eu/resource/authority/licence/ODC_BL"))).isEqualTo(15);
		String frequency = "SELECT (COUNT(?ds) AS ?n) { ?ds dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/%s> }";
		assertThat(count(frequency.formatted("ANNUAL"))).isEqualTo(36);
		assertThat(count(frequency.formatted("IRREG"))).as("\"eventual\"").isEqualTo(8);
		assertThat(count(frequency.formatted("MONTHLY_2"))).as("R/P0.5M").isEqualTo(2);
		assertThat(count("SELECT (COUNT(?ds) AS ?n) { ?ds dct:accrualPeriodicity ?f }")).as("3 datasets give none").isEqualTo(67);
		assertThat(count("SELECT (COUNT(?ds) AS ?n) { ?ds dct:language <http://publications.europa.eu/resource/authority/language/SPA> }"))
			.isEqualTo(4);
		assertThat(Rdf.ask(all, "ASK { ?ds dcat:keyword \"Justicia, seguridad y legales\" }")).as("local themes are keywords").isTrue();
		assertThat(Rdf.ask(all, "ASK { ?ds dcat:theme ?t }")).isFalse();
		assertThat(count("SELECT (COUNT(?d) AS ?n) { ?d dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> }"))
			.isEqualTo(182);
		assertThat(count("SELECT (COUNT(?d) AS ?n) { ?d a dcat:Distribution FILTER NOT EXISTS { ?d dct:format ?f } }")).isZero();
	}

	private long count(String select) {
		try (var exec = QueryExec.graph(all).query(Rdf.PREFIXES + select).build()) {
			return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
		}
	}

}
