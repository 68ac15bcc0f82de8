package org.registro.harvest.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.SourceRecord;
import org.registro.support.Rdf;

/** Real exports and the official DCAT-AP 3 examples, from {@code ../shared/testdata} (skipped when absent). */
class DcatReaderRealCatalogsTest {

	private static final Path TESTDATA = Path.of(System.getProperty("registro.shared-testdata", "").isBlank()
			? "../shared/testdata" : System.getProperty("registro.shared-testdata"));

	private static final Path ALICANTE = TESTDATA.resolve("real-catalogs/dcat-es-universidad-alicante-catalog.rdf");

	private static final Path EXAMPLES = TESTDATA.resolve("dcat-ap-3/examples");

	/** The examples name this remote context; the tests serve the copy beside them and fetch nothing. */
	private static final String EXAMPLES_CONTEXT = "https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld";

	private final FakeOutbound outbound = new FakeOutbound();

	private final RecordingSink sink = new RecordingSink();

	@Test
	void theUniversidadDeAlicanteCatalogGivesOneSelfContainedRecordPerDataset() throws IOException {
		assumeTrue(Files.isRegularFile(ALICANTE), () -> "shared test data not found at " + ALICANTE.toAbsolutePath().normalize()
				+ " (set -Dregistro.shared-testdata=/path/to/testdata)");
		String url = "https://datos.example.ua.es/catalog.rdf";
		outbound.serve(url, "application/rdf+xml", Files.readAllBytes(ALICANTE));

		ReadOutcome outcome = new DcatReader(outbound).read(new ReadRequest(URI.create(url), Map.of(), 100, null, null), sink);

		assertThat(outcome.complete()).isTrue();
		assertThat(sink.pages).extracting((p) -> p.records().size()).containsExactly(100, 100, 58);
		List<SourceRecord> records = sink.records();
		assertThat(records).hasSize(258).allSatisfy((r) -> {
			assertThat(r.subject().isBlank()).isTrue();
			assertThat(r.key()).isNull();
			assertThat(typed(r.graph(), DCAT.Dataset.asNode())).containsExactly(r.subject());
			assertThat(typed(r.graph(), DCAT.Distribution.asNode())).hasSize(1);
			assertThat(Rdf.ask(r.graph(), "ASK { ?d dcat:distribution ?x . ?x dct:format ?f ."
					+ " ?f a dct:IMT ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?v ;"
					+ " <http://www.w3.org/2000/01/rdf-schema#label> ?l }")).isTrue();
			assertThat(Rdf.ask(r.graph(), "ASK { ?c a dcat:Catalog }")).isFalse();
			assertThat(Rdf.ask(r.graph(), "ASK { ?c dct:title \"Catálogo de datos de la Universidad de Alicante\"@es }")).isFalse();
		});
		Set<Node> describedNodes = new HashSet<>();
		for (SourceRecord r : records) {
			for (Node subject : r.graph().find().mapWith(Triple::getSubject).toSet()) {
				assertThat(describedNodes.add(subject)).as("a node described in two records: %s", subject).isTrue();
			}
		}
	}

	@Test
	void iriRepairsTurnTheAlicanteLiteralAccessUrlsIntoIrisAndSaySo() throws IOException {
		assumeTrue(Files.isRegularFile(ALICANTE), () -> "shared test data not found at " + ALICANTE.toAbsolutePath().normalize());
		String url = "https://datos.example.ua.es/catalog.rdf";
		outbound.serve(url, "application/rdf+xml", Files.readAllBytes(ALICANTE));
		new DcatReader(outbound).read(new ReadRequest(URI.create(url), Map.of(), 500, null, null), sink);

		List<String> notes = new ArrayList<>();
		for (SourceRecord r : sink.records()) {
			List<String> recordNotes = IriRepairs.repair(r.graph());
			assertThat(recordNotes).singleElement().asString().startsWith("dcat:accessURL of a resource without IRI was the text \"https://");
			notes.addAll(recordNotes);
			assertThat(Rdf.ask(r.graph(), "ASK { ?x dcat:accessURL ?u FILTER isIRI(?u) }")).isTrue();
			assertThat(Rdf.ask(r.graph(), "ASK { ?x dcat:accessURL ?u FILTER isLiteral(?u) }")).isFalse();
			assertThat(Rdf.ask(r.graph(), "ASK { ?d dcat:theme ?t FILTER isLiteral(?t) }"))
				.as("a theme that is not an IRI stays a literal for validation to report").isTrue();
		}
		assertThat(notes).hasSize(258);
	}

	static Stream<Path> officialExamples() {
		if (!Files.isDirectory(EXAMPLES)) {
			return Stream.empty();
		}
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			return files.filter((f) -> f.toString().endsWith(".ttl") || f.toString().endsWith(".jsonld"))
				.filter((f) -> !f.getFileName().toString().equals("context.jsonld"))
				.sorted()
				.toList()
				.stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theOfficialExamplesArePresent() {
		assumeTrue(Files.isDirectory(EXAMPLES), () -> "shared test data not found at " + EXAMPLES.toAbsolutePath().normalize());
		assertThat(officialExamples()).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void theCombinedSeriesExampleGivesItsFourDatasetsWithoutTheSeriesOrEachOther() throws IOException {
		Path example = EXAMPLES.resolve("example-bee-population-dataset-series-combined.jsonld");
		assumeTrue(Files.isRegularFile(example), () -> "shared test data not found at " + example.toAbsolutePath().normalize());
		String url = "https://examples.example.org/combined.jsonld";
		outbound.serve(url, "application/ld+json", Files.readAllBytes(example));
		Context contexts = Rdf.jsonLdContexts(Map.of(EXAMPLES_CONTEXT, EXAMPLES.resolve("context.jsonld")));

		new DcatReader(outbound, Limits.DEFAULT, contexts).read(new ReadRequest(URI.create(url), Map.of(), 100, null, null), sink);

		String ds = "https://data.gov.gr/id/dataset/";
		assertThat(sink.subjects()).containsExactlyInAnyOrder(ds + "BeePopulation2000", ds + "BeePopulation2022",
				ds + "BeePopulation2023", ds + "BeePopulationLive");
		Graph bee2023 = sink.record(ds + "BeePopulation2023").orElseThrow().graph();
		assertThat(Rdf.ask(bee2023, "ASK { <" + ds + "BeePopulation2023> dcat:prev <" + ds + "BeePopulation2022> }")).isTrue();
		assertThat(Rdf.ask(bee2023, "ASK { <" + ds + "BeePopulation2022> ?p ?o }")).as("another dataset's description").isFalse();
		assertThat(Rdf.ask(bee2023, "ASK { ?series a dcat:DatasetSeries }")).as("the series' description").isFalse();
		// The context leaves "example-dist" undefined upstream, so the distribution's IRI keeps that scheme.
		assertThat(Rdf.ask(bee2023, "ASK { <example-dist:BeePopulation2023/csv> a dcat:Distribution }")).isTrue();
	}

	@ParameterizedTest
	@MethodSource("officialExamples")
	void everyDatasetOfAnOfficialExampleBecomesARecord(Path example) throws IOException {
		Lang lang = RDFLanguages.pathnameToLang(example.toString());
		String url = "https://examples.example.org/" + example.getFileName();
		outbound.serve(url, lang.getContentType().getContentTypeStr(), Files.readAllBytes(example));
		Context contexts = Rdf.jsonLdContexts(Map.of(EXAMPLES_CONTEXT, EXAMPLES.resolve("context.jsonld")));
		DcatReader reader = new DcatReader(outbound, Limits.DEFAULT, contexts);

		ReadOutcome outcome = reader.read(new ReadRequest(URI.create(url), Map.of(), 100, null, null), sink);

		Graph parsed = parseOrNull(example, lang, url, contexts);
		if (parsed == null) {
			// Some upstream Turtle examples are not well-formed (SOURCES.md): the reader must refuse them whole.
			assertThat(outcome.errors()).extracting((e) -> e.code()).containsExactly("syntax-error");
			assertThat(sink.records()).isEmpty();
			return;
		}
		assertThat(outcome.complete()).isTrue();
		List<Node> datasets = typed(parsed, DCAT.Dataset.asNode()).stream().toList();
		assertThat(sink.records()).hasSize(datasets.size());
		assertThat(sink.records().stream().map(SourceRecord::subject).filter(Node::isURI).toList())
			.containsExactlyInAnyOrderElementsOf(datasets.stream().filter(Node::isURI).toList());
		assertThat(sink.records()).allSatisfy((r) -> assertThat(typed(r.graph(), DCAT.Dataset.asNode())).containsExactly(r.subject()));
	}

	private static Graph parseOrNull(Path file, Lang lang, String base, Context contexts) {
		Graph graph = GraphFactory.createDefaultGraph();
		try {
			RDFParser.source(file).lang(lang).base(base).context(contexts).parse(graph);
			return graph;
		}
		catch (RiotException ex) {
			return null;
		}
	}

	private static Set<Node> typed(Graph graph, Node type) {
		return graph.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toSet();
	}

}
