package org.registro.harvest.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.SourceRecord;
import org.registro.support.Rdf;

/** A single large dump: spilled to a temporary store, delivered in bounded chunks, the store deleted after. */
class DcatReaderDumpTest {

	private static final String DUMP = "https://catalog.example.org/dump.ttl";

	private static final int DATASETS = 5_000;

	@TempDir
	Path temp;

	private final FakeOutbound outbound = new FakeOutbound();

	@Test
	void aDumpPastTheTripleThresholdIsSpilledAndDeliveredInChunksOfThePageSize() throws IOException {
		Path file = temp.resolve("dump.ttl");
		writeDump(file, DATASETS, false);
		outbound.answer(DUMP, new FakeOutbound.Answer(200, "text/turtle", Files.readAllBytes(file), URI.create(DUMP), -1));
		Path stores = Files.createDirectory(temp.resolve("stores"));
		DcatReader reader = new DcatReader(outbound, new Limits(Long.MAX_VALUE, 2_000, 10, stores), null);
		ChunkSink sink = new ChunkSink(stores);

		ReadOutcome outcome = reader.read(new ReadRequest(URI.create(DUMP), Map.of(), 250, null, null), sink);

		assertThat(outcome.complete()).isTrue();
		assertThat(outcome.pages()).isEqualTo(1);
		assertThat(sink.sizes).hasSize(DATASETS / 250).allSatisfy((size) -> assertThat(size).isEqualTo(250));
		assertThat(sink.storesDuringDelivery).as("the page was on disk while delivered").allMatch((n) -> n == 1);
		assertThat(children(stores)).as("the temporary store is deleted").isZero();
		assertThat(sink.subjects).as("every dataset once, in source order")
			.containsExactlyElementsOf(IntStream.rangeClosed(1, DATASETS).mapToObj(DcatReaderDumpTest::ds).toList());
		assertThat(sink.locations.get(DATASETS - 1)).isEqualTo(DUMP + " #" + DATASETS + " (" + ds(DATASETS) + ")");
	}

	@Test
	void aResponseAnnouncingMoreBytesThanTheThresholdIsParsedStraightToDisk() throws IOException {
		Path file = temp.resolve("small.ttl");
		writeDump(file, 30, false);
		outbound.serve(DUMP, "text/turtle", Files.readAllBytes(file));
		Path stores = Files.createDirectory(temp.resolve("stores"));
		DcatReader reader = new DcatReader(outbound, new Limits(1_000, Long.MAX_VALUE, 10, stores), null);
		ChunkSink sink = new ChunkSink(stores);

		reader.read(new ReadRequest(URI.create(DUMP), Map.of(), 0, null, null), sink);

		assertThat(sink.sizes).containsExactly(30);
		assertThat(sink.storesDuringDelivery).containsExactly(1L);
		assertThat(children(stores)).isZero();
	}

	@Test
	void aDumpBrokenNearItsEndGivesNothingAndLeavesNoStoreBehind() throws IOException {
		Path file = temp.resolve("broken.ttl");
		writeDump(file, 3_000, true);
		outbound.answer(DUMP, new FakeOutbound.Answer(200, "text/turtle", Files.readAllBytes(file), URI.create(DUMP), -1));
		Path stores = Files.createDirectory(temp.resolve("stores"));
		DcatReader reader = new DcatReader(outbound, new Limits(Long.MAX_VALUE, 2_000, 10, stores), null);
		ChunkSink sink = new ChunkSink(stores);

		ReadOutcome outcome = reader.read(new ReadRequest(URI.create(DUMP), Map.of(), 250, null, null), sink);

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.errors()).singleElement().satisfies((e) -> assertThat(e.code()).isEqualTo("syntax-error"));
		assertThat(sink.sizes).isEmpty();
		assertThat(children(stores)).isZero();
	}

	/** Checks each record as it comes and keeps only what the assertions need. */
	private static final class ChunkSink implements PageSink {

		final List<Integer> sizes = new ArrayList<>();

		final List<Long> storesDuringDelivery = new ArrayList<>();

		final List<String> subjects = new ArrayList<>();

		final List<String> locations = new ArrayList<>();

		private final Path stores;

		ChunkSink(Path stores) {
			this.stores = stores;
		}

		@Override
		public void page(URI url, List<SourceRecord> records, List<RecordProblem> problems) {
			assertThat(problems).isEmpty();
			sizes.add(records.size());
			storesDuringDelivery.add(children(stores));
			for (SourceRecord record : records) {
				Graph graph = record.graph();
				assertThat(graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(Triple::getSubject).toList())
					.containsExactly(record.subject());
				assertThat(Rdf.ask(graph, "ASK { ?d dcat:distribution ?x . ?x a dcat:Distribution ; dcat:accessURL ?u }"))
					.isTrue();
				subjects.add(record.subject().getURI());
				locations.add(record.location());
			}
		}

	}

	/** A dump of {@code count} datasets, each with a blank-node distribution; optionally cut short near the end. */
	private static void writeDump(Path file, int count, boolean broken) throws IOException {
		StringBuilder turtle = new StringBuilder("""
				@prefix dcat: <http://www.w3.org/ns/dcat#> .
				@prefix dct: <http://purl.org/dc/terms/> .
				""");
		for (int i = 1; i <= count; i++) {
			turtle.append("<").append(ds(i)).append("> a dcat:Dataset ; dct:identifier \"ds-").append(i)
				.append("\" ; dct:title \"Conjunto ").append(i).append("\"@es ;\n  dcat:distribution [ a dcat:Distribution ;")
				.append(" dcat:accessURL <https://files.example.org/").append(i).append(".csv> ] .\n");
			if (broken && i == count - 10) {
				turtle.append("<").append(ds(i)).append("> dct:title \"unterminated .\n");
			}
		}
		Files.writeString(file, turtle, StandardCharsets.UTF_8);
	}

	private static String ds(int i) {
		return "https://data.example.org/dataset/" + i;
	}

	private static long children(Path dir) {
		try (Stream<Path> list = Files.list(dir)) {
			return list.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
