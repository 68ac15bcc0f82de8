package org.registro.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.record.PublicView;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordStatus;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.support.Services;

/** Compaction after a number of writes replaces the databases' storage generation and loses nothing. */
class CompactionTest {

	@TempDir
	Path dir;

	@Test
	void writesPastTheThresholdCompactBothDatabasesAndEveryRecordSurvives() throws IOException {
		List<RecordRef> refs = IntStream.range(0, 12).mapToObj((i) -> new RecordRef(RecordKind.DATASET, "compactado-" + i)).toList();
		try (Services s = new Services(dir, 5)) {
			put(s, new RecordRef(RecordKind.PUBLISHER, "finanzas"),
					"<> a <http://xmlns.com/foaf/0.1/Agent> ; <http://xmlns.com/foaf/0.1/name> \"Finanzas\"@es .");
			for (RecordRef ref : refs) {
				put(s, ref, Fixtures.dataset("Conjunto " + ref.id()));
			}
			put(s, refs.get(0), Fixtures.dataset("Segunda versión"));
		}
		assertThat(generations("workspace")).as("the first generation was replaced and deleted").doesNotContain("Data-0001").hasSize(1);
		assertThat(generations("public")).doesNotContain("Data-0001").hasSize(1);

		try (Services s = new Services(dir, 5)) {
			for (RecordRef ref : refs) {
				assertThat(s.records.publicView(ref)).isInstanceOf(PublicView.Live.class);
			}
			Graph first = s.records.publicView(refs.get(0)).graph();
			assertThat(Rdf.ask(first, "ASK { ?d dct:title \"Segunda versión\"@es }")).isTrue();
			assertThat(s.records.history(refs.get(0))).hasSize(2);
			assertThat(s.records.version(refs.get(0), 1).isIsomorphicWith(s.records.version(refs.get(0), 2))).isFalse();
		}
	}

	private static void put(Services s, RecordRef ref, String turtle) {
		Graph body = Rdf.parse(turtle.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, ref.iri(RegistryTest.BASE));
		s.records.put(ref, body, RecordStatus.PUBLISHED, "test");
	}

	private List<String> generations(String database) throws IOException {
		try (Stream<Path> files = Files.list(dir.resolve(database))) {
			return files.map((p) -> p.getFileName().toString()).filter((n) -> n.startsWith("Data-")).toList();
		}
	}

}
