package org.registro.harvest.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.SourceRecord;
import org.registro.support.Rdf;

/** Which syntax a page is read in, and what happens when it is not RDF. */
class DcatReaderFormatsTest {

	private static final String SITE = "https://catalog.example.org/";

	private final FakeOutbound outbound = new FakeOutbound();

	private final RecordingSink sink = new RecordingSink();

	/** Contexts the tests allow: none, so a remote context cannot be loaded. */
	private final DcatReader reader = new DcatReader(outbound, Limits.DEFAULT, Rdf.jsonLdContexts(Map.of()));

	@Test
	void anHtmlPageIsTheWrongContentTypeAndGivesNothing() {
		outbound.resource(SITE + "catalog", "text/html; charset=utf-8", "page.html");

		ReadOutcome outcome = reader.read(request(SITE + "catalog", null), sink);

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.pages()).isEqualTo(1);
		assertThat(outcome.errors()).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("wrong-content-type");
			assertThat(e.detail()).contains("text/html").contains("text/turtle").contains("application/ld+json");
		});
		assertThat(sink.pages).isEmpty();
	}

	@Test
	void aFormatOverrideWinsOverWhatTheServerSays() {
		outbound.resource(SITE + "export", "text/html", "hydra-3.ttl");

		ReadOutcome outcome = reader.read(request(SITE + "export", "text/turtle"), sink);

		assertThat(outcome.complete()).isTrue();
		assertThat(sink.subjects()).containsExactly("https://data.example.org/dataset/e");
		assertThat(outbound.requests.get(0).accept()).startsWith("text/turtle, ");
	}

	@Test
	void anOverrideThatIsNotRdfIsTheWrongContentType() {
		outbound.resource(SITE + "export", "text/turtle", "hydra-3.ttl");

		ReadOutcome outcome = reader.read(request(SITE + "export", "text/csv"), sink);

		assertThat(outcome.errors()).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("wrong-content-type");
			assertThat(e.detail()).contains("override text/csv");
		});
		assertThat(sink.pages).isEmpty();
	}

	@Test
	void aGenericTypeIsReadByTheUrlsExtensionAndWithoutOneIsRefused() {
		outbound.resource(SITE + "dump.ttl", "application/octet-stream", "hydra-3.ttl")
			.resource(SITE + "dump", "application/octet-stream", "hydra-3.ttl");

		assertThat(reader.read(request(SITE + "dump.ttl", null), sink).complete()).isTrue();
		assertThat(sink.subjects()).containsExactly("https://data.example.org/dataset/e");

		ReadOutcome refused = reader.read(request(SITE + "dump", null), new RecordingSink());
		assertThat(refused.errors()).extracting((e) -> e.code()).containsExactly("wrong-content-type");
	}

	@Test
	void readsNTriples() {
		outbound.resource(SITE + "datasets", "application/n-triples", "datasets.nt");

		assertThat(reader.read(request(SITE + "datasets", null), sink).complete()).isTrue();

		assertThat(sink.subjects()).containsExactly("https://data.example.org/dataset/n1", "https://data.example.org/dataset/n2");
		assertThat(Rdf.ask(sink.records().get(0).graph(),
				"ASK { ?d dcat:distribution ?x . ?x dcat:accessURL <https://files.example.org/n1.csv> }"))
			.isTrue();
	}

	@Test
	void readsJsonLdWithAnInlineContext() {
		outbound.resource(SITE + "datasets.json", "application/ld+json", "datasets.jsonld");

		assertThat(reader.read(request(SITE + "datasets.json", null), sink).complete()).isTrue();

		List<SourceRecord> records = sink.records();
		assertThat(records).hasSize(2);
		SourceRecord j1 = sink.record("https://data.example.org/dataset/j1").orElseThrow();
		assertThat(j1.identifier()).isEqualTo("j1");
		assertThat(Rdf.ask(j1.graph(), "ASK { ?d dct:title \"Calidad del aire\"@es ; dcat:distribution ?x ."
				+ " ?x a dcat:Distribution ; dcat:accessURL <https://files.example.org/j1.csv> }")).isTrue();
		SourceRecord j2 = records.stream().filter((r) -> r.subject().isBlank()).findFirst().orElseThrow();
		assertThat(j2.key()).isEqualTo("identifier:j2");
	}

	@Test
	void aJsonLdContextThatCannotBeLoadedFailsThePage() {
		outbound.resource(SITE + "remote.jsonld", "application/ld+json", "remote-context.jsonld");

		ReadOutcome outcome = reader.read(request(SITE + "remote.jsonld", null), sink);

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.errors()).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("fetch-failed");
			assertThat(e.detail()).contains("JSON-LD context");
		});
		assertThat(sink.records()).isEmpty();
		assertThat(outbound.urls()).containsExactly(URI.create(SITE + "remote.jsonld"));
	}

	@Test
	void malformedJsonIsASyntaxErrorWithItsLine() {
		outbound.serve(SITE + "broken.jsonld", "application/ld+json", "{\n  \"@id\": \"https://data.example.org/dataset/x\",\n  \"@type\" \"x\"\n}");

		ReadOutcome outcome = reader.read(request(SITE + "broken.jsonld", null), sink);

		assertThat(outcome.errors()).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("syntax-error");
			assertThat(e.detail()).startsWith("line 3");
		});
		assertThat(sink.pages).isEmpty();
	}

	@Test
	void mergesTheNamedGraphsOfTriG() {
		outbound.resource(SITE + "catalog.trig", "application/trig", "graphs.trig");

		assertThat(reader.read(request(SITE + "catalog.trig", null), sink).complete()).isTrue();

		assertThat(sink.subjects()).containsExactly("https://data.example.org/dataset/t1");
		assertThat(Rdf.ask(sink.records().get(0).graph(),
				"ASK { ?d dcat:distribution ?x . ?x dcat:accessURL <https://files.example.org/t1.csv> }"))
			.isTrue();
	}

	@Test
	void relativeIrisResolveAgainstTheUrlThatAnsweredAfterRedirects() {
		outbound.answer(SITE + "old/catalog.ttl", new FakeOutbound.Answer(200, "text/turtle",
				FakeOutbound.resource("relative.ttl"), URI.create(SITE + "new/catalog.ttl"), -1));

		assertThat(reader.read(request(SITE + "old/catalog.ttl", null), sink).complete()).isTrue();

		assertThat(sink.subjects()).containsExactly(SITE + "new/dataset/r1");
		assertThat(Rdf.ask(sink.records().get(0).graph(),
				"ASK { <" + SITE + "new/distribution/r1> dcat:accessURL <" + SITE + "new/files/r1.csv> }")).isTrue();
		assertThat(sink.pages.get(0).url()).isEqualTo(URI.create(SITE + "new/catalog.ttl"));
	}

	@Test
	void theAcceptHeaderAsksForEveryReadableSyntax() {
		outbound.resource(SITE + "dump.ttl", "text/turtle", "hydra-3.ttl");

		reader.read(request(SITE + "dump.ttl", null), sink);

		String accept = outbound.requests.get(0).accept();
		assertThat(Set.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
				"application/n-quads", "application/trig")).allSatisfy((type) -> assertThat(accept).contains(type));
	}

	private static ReadRequest request(String url, String format) {
		return new ReadRequest(URI.create(url), Map.of(), 100, format, null);
	}

}
