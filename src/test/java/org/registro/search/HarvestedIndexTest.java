package org.registro.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.record.Origin;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.support.Services;

/** The index keeps a harvested dataset's own IRI beside its location, live and when rebuilt from the store at start. */
class HarvestedIndexTest {

	private static final String SUBJECT = "https://datos.example.es/dataset/indice";

	private static final String WITHDRAWN = "https://datos.example.es/dataset/retirado";

	@TempDir
	Path dir;

	@Test
	void hitsNameTheSubjectLiveAndAfterARestart() throws Exception {
		try (Services s = new Services(dir); DatasetIndex index = new DatasetIndex(s.store, s.properties)) {
			index.rebuild(List.of(), List.of());
			s.publishFinanzas();
			harvest(s, "indice", SUBJECT);
			harvest(s, "retirado", WITHDRAWN);
			s.records.withdraw(new RecordRef(RecordKind.DATASET, "retirado"), "cosecha");
			assertHits(index);
		}
		try (Services s = new Services(dir); DatasetIndex index = new DatasetIndex(s.store, s.properties)) {
			new IndexStartup(s.store, index, s.properties).run(null);
			assertHits(index);
		}
	}

	private static void assertHits(DatasetIndex index) {
		try (Snapshot snapshot = index.snapshot()) {
			assertThat(DatasetSearch.page(snapshot, Filters.active(), null, true, 10).hits())
				.containsExactly(hit(snapshot, "indice", SUBJECT));
			assertThat(DatasetSearch.page(snapshot, Filters.withdrawn(), null, true, 10).hits())
				.containsExactly(hit(snapshot, "retirado", WITHDRAWN));
		}
	}

	/** The hit expected, with the time the index has (not under test here). */
	private static DatasetHit hit(Snapshot snapshot, String name, String subject) {
		DatasetHit found = DatasetSearch.page(snapshot, new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.NAME, name)),
				null, true, 1).hits().get(0);
		return new DatasetHit(name, RegistryTest.BASE + "/dataset/" + name, subject, found.modified(), found.withdrawn());
	}

	private static void harvest(Services s, String id, String subject) {
		String text = Fixtures.dataset("Cosechado " + id).replace("<> a dcat:Dataset", "<" + subject + "> a dcat:Dataset");
		Graph g = Rdf.parse(text.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, "https://datos.example.es/");
		s.records.harvest(new RecordRef(RecordKind.DATASET, id), g, new Origin(subject, null, RegistryTest.BASE + "/harvest/sources/s1"),
				false, "cosecha").join();
	}

}
