package org.registro.harvest.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceRecord;
import org.registro.harvest.read.SourceType;
import org.registro.support.Rdf;

/** Hydra paging, loops, broken and failing pages, duplicate datasets, and how a dataset is cut out of a page. */
class DcatReaderPagingTest {

	private static final String SOURCE = "https://catalog.example.org/feed/";

	private static final String TURTLE = "text/turtle; charset=utf-8";

	private final FakeOutbound outbound = new FakeOutbound();

	private final RecordingSink sink = new RecordingSink();

	private final DcatReader reader = new DcatReader(outbound);

	@Test
	void followsHydraNextPageByPageAndReadsEveryDataset() {
		outbound.resource(SOURCE + "page-1.ttl", TURTLE, "hydra-1.ttl")
			.resource(SOURCE + "page-2.ttl", TURTLE, "hydra-2.ttl")
			.resource(SOURCE + "page-3.ttl", TURTLE, "hydra-3.ttl");

		ReadOutcome outcome = read(SOURCE + "page-1.ttl", Map.of("X-Api-Key", "k"));

		assertThat(reader.type()).isEqualTo(SourceType.DCAT);
		assertThat(outcome).isEqualTo(new ReadOutcome(true, 3, List.of()));
		assertThat(outbound.urls()).containsExactly(URI.create(SOURCE + "page-1.ttl"), URI.create(SOURCE + "page-2.ttl"),
				URI.create(SOURCE + "page-3.ttl"));
		assertThat(outbound.requests).allSatisfy((r) -> {
			assertThat(r.accept()).startsWith("text/turtle");
			assertThat(r.headers()).containsEntry("X-Api-Key", "k");
		});
		assertThat(sink.pages).extracting(RecordingSink.Page::url)
			.containsExactly(URI.create(SOURCE + "page-1.ttl"), URI.create(SOURCE + "page-2.ttl"),
					URI.create(SOURCE + "page-3.ttl"));
		assertThat(sink.subjects()).containsExactly(ds("a"), ds("b"), ds("c"), ds("d"), ds("e"));
		assertThat(sink.problems()).isEmpty();
	}

	@Test
	void aRecordIsTheDatasetWithItsOwnDetailsAndNothingOfOtherDatasetsOrTheCatalog() {
		outbound.resource(SOURCE + "page-1.ttl", TURTLE, "hydra-1.ttl");
		outbound.status(SOURCE + "page-2.ttl", 500);

		read(SOURCE + "page-1.ttl", Map.of());

		SourceRecord a = sink.record(ds("a")).orElseThrow();
		Graph expected = Rdf.parse(FakeOutbound.resource("hydra-1-record-a.ttl"), Lang.TURTLE, SOURCE);
		assertThat(a.graph().isIsomorphicWith(expected)).as("record a is exactly its description").isTrue();
		assertThat(a.identifier()).isEqualTo("presupuesto");
		assertThat(a.location()).isEqualTo(SOURCE + "page-1.ttl #1 (" + ds("a") + ")");
		assertThat(a.key()).isEqualTo(ds("a"));

		SourceRecord b = sink.record(ds("b")).orElseThrow();
		assertThat(Rdf.ask(b.graph(), "ASK { <" + ds("b") + "> dct:publisher ?p . ?p foaf:name \"Secretaría de Finanzas\"@es }"))
			.as("the publisher's description comes along with every dataset it publishes").isTrue();
		assertThat(b.identifier()).isNull();
		assertThat(b.location()).isEqualTo(SOURCE + "page-1.ttl #2 (" + ds("b") + ")");
		assertThat(b.graph().contains(Node.ANY, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Presupuesto", "es")))
			.isFalse();
	}

	@Test
	void followsTheOlderHydraNextPage() {
		outbound.resource(SOURCE + "paged-1.ttl", TURTLE, "paged-1.ttl").resource(SOURCE + "paged-2.ttl", TURTLE, "paged-2.ttl");

		ReadOutcome outcome = read(SOURCE + "paged-1.ttl", Map.of());

		assertThat(outcome).isEqualTo(new ReadOutcome(true, 2, List.of()));
		assertThat(sink.subjects()).containsExactly(ds("p1"), ds("p2"));
	}

	@Test
	void aNextLinkBackToAPageAlreadyReadStopsTheRunIncomplete() {
		outbound.resource(SOURCE + "page-1.ttl", TURTLE, "hydra-1.ttl").resource(SOURCE + "page-2.ttl", TURTLE, "loop-2.ttl");

		ReadOutcome outcome = read(SOURCE + "page-1.ttl", Map.of());

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.pages()).isEqualTo(2);
		assertThat(outcome.errors()).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("page-loop");
			assertThat(e.url()).isEqualTo(SOURCE + "page-2.ttl");
			assertThat(e.detail()).contains(SOURCE + "page-1.ttl");
		});
		assertThat(outbound.requests).hasSize(2);
		assertThat(sink.subjects()).containsExactly(ds("a"), ds("b"), ds("c"));
	}

	@Test
	void aPageBrokenInTheMiddleGivesNoRecordsAndStopsTheRunWithTheLine() {
		outbound.resource(SOURCE + "page-1.ttl", TURTLE, "hydra-1.ttl")
			.resource(SOURCE + "page-2.ttl", TURTLE, "broken-2.ttl")
			.resource(SOURCE + "page-3.ttl", TURTLE, "hydra-3.ttl");

		ReadOutcome outcome = read(SOURCE + "page-1.ttl", Map.of());

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.pages()).isEqualTo(2);
		RunError error = outcome.errors().get(0);
		assertThat(error.code()).isEqualTo("syntax-error");
		assertThat(error.url()).isEqualTo(SOURCE + "page-2.ttl");
		assertThat(error.detail()).startsWith("line 12");
		assertThat(sink.pages).extracting(RecordingSink.Page::url).containsExactly(URI.create(SOURCE + "page-1.ttl"));
		assertThat(sink.subjects()).containsExactly(ds("a"), ds("b"));
		assertThat(outbound.urls()).doesNotContain(URI.create(SOURCE + "page-3.ttl"));
	}

	@Test
	void aServerErrorOnPageTwoKeepsPageOneAndStopsTheRunIncomplete() {
		outbound.resource(SOURCE + "page-1.ttl", TURTLE, "hydra-1.ttl").status(SOURCE + "page-2.ttl", 500);

		ReadOutcome outcome = read(SOURCE + "page-1.ttl", Map.of());

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.pages()).isEqualTo(1);
		assertThat(outcome.errors()).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("fetch-failed");
			assertThat(e.url()).isEqualTo(SOURCE + "page-2.ttl");
			assertThat(e.detail()).contains("HTTP_STATUS").contains("HTTP 500");
		});
		assertThat(sink.subjects()).containsExactly(ds("a"), ds("b"));
	}

	@Test
	void aDatasetAlreadyReadOnAnEarlierPageIsReportedAndTheFirstDescriptionKept() {
		outbound.resource(SOURCE + "dup-1.ttl", TURTLE, "dup-1.ttl").resource(SOURCE + "dup-2.ttl", TURTLE, "dup-2.ttl");

		ReadOutcome outcome = read(SOURCE + "dup-1.ttl", Map.of());

		assertThat(outcome.complete()).isTrue();
		assertThat(sink.subjects()).containsExactly(ds("a"), ds("b"), ds("c"));
		assertThat(sink.problems()).singleElement().satisfies((RecordProblem p) -> {
			assertThat(p.code()).isEqualTo("duplicate-dataset");
			assertThat(p.location()).isEqualTo(SOURCE + "dup-2.ttl #1 (" + ds("b") + ")");
		});
		assertThat(Rdf.ask(sink.record(ds("b")).orElseThrow().graph(), "ASK { ?d dct:title \"Deuda\"@es }")).isTrue();
	}

	@Test
	void aPageWithTwoDifferentNextLinksIsNotFollowed() {
		outbound.serve(SOURCE + "forked.ttl", TURTLE, """
				@prefix dcat: <http://www.w3.org/ns/dcat#> .
				@prefix hydra: <http://www.w3.org/ns/hydra/core#> .
				<https://data.example.org/dataset/f> a dcat:Dataset .
				<forked.ttl> hydra:next <page-2.ttl>, <page-3.ttl> .
				""");

		ReadOutcome outcome = read(SOURCE + "forked.ttl", Map.of());

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.errors()).extracting(RunError::code).containsExactly("unexpected-shape");
		assertThat(sink.subjects()).containsExactly(ds("f"));
		assertThat(outbound.requests).hasSize(1);
	}

	@Test
	void pagesPastTheLimitAreNotReadAndTheRunIsIncomplete() {
		DcatReader limited = new DcatReader(outbound, new Limits(Long.MAX_VALUE, Long.MAX_VALUE, 2, null), null);
		outbound.resource(SOURCE + "page-1.ttl", TURTLE, "hydra-1.ttl")
			.resource(SOURCE + "page-2.ttl", TURTLE, "hydra-2.ttl")
			.resource(SOURCE + "page-3.ttl", TURTLE, "hydra-3.ttl");

		ReadOutcome outcome = limited.read(request(SOURCE + "page-1.ttl", Map.of()), sink);

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.pages()).isEqualTo(2);
		assertThat(outcome.errors()).extracting(RunError::code).containsExactly("too-many-pages");
		assertThat(outbound.requests).hasSize(2);
	}

	private ReadOutcome read(String url, Map<String, String> headers) {
		return reader.read(request(url, headers), sink);
	}

	static ReadRequest request(String url, Map<String, String> headers) {
		return new ReadRequest(URI.create(url), headers, 100, null, null);
	}

	private static String ds(String name) {
		return "https://data.example.org/dataset/" + name;
	}

}
