package org.registro.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordStatus;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.support.Services;

/** The catalog index follows the public data's commits, and its snapshots stay put. */
class DatasetIndexTest {

	@TempDir
	Path dir;

	@Test
	void changesToldBeforeTheRebuildAreAppliedAfterIt() throws Exception {
		try (Services s = new Services(dir); DatasetIndex index = new DatasetIndex(s.store, s.properties)) {
			s.publishFinanzas();
			publish(s, "uno", "Uno");
			publish(s, "dos", "Dos");
			assertThat(index.ready()).isFalse();
			index.rebuild(List.of(), List.of());
			assertThat(index.ready()).isTrue();
			assertThat(names(index, Filters.active())).containsExactlyInAnyOrder("uno", "dos");
		}
	}

	@Test
	void recoveryProjectionsKeepARecordPublishedAndWithdrawalsMakeTombstones() throws Exception {
		try (Services s = new Services(dir); DatasetIndex index = new DatasetIndex(s.store, s.properties)) {
			index.rebuild(List.of(), List.of());
			s.publishFinanzas();
			publish(s, "recuperado", "Recuperado");
			// The last batch's mark is still pending: recovery projects it again, with no new content.
			assertThat(s.store.pendingProjections()).contains(ref("recuperado"));
			s.records.reprojectPending();
			assertThat(names(index, Filters.active())).containsExactly("recuperado");
			s.records.withdraw(ref("recuperado"), "prueba");
			assertThat(names(index, Filters.active())).isEmpty();
			assertThat(names(index, Filters.withdrawn())).containsExactly("recuperado");
			publish(s, "recuperado", "Recuperado otra vez");
			assertThat(names(index, Filters.withdrawn())).isEmpty();
			assertThat(names(index, Filters.active())).containsExactly("recuperado");
		}
	}

	@Test
	void aSnapshotKeepsTheOrderItWasTakenWith() throws Exception {
		try (Services s = new Services(dir); DatasetIndex index = new DatasetIndex(s.store, s.properties)) {
			index.rebuild(List.of(), List.of());
			s.publishFinanzas();
			for (String id : List.of("a1", "a2", "a3", "a4")) {
				publish(s, id, id);
			}
			List<String> before;
			long version;
			try (Snapshot snapshot = index.snapshot()) {
				before = order(snapshot);
				version = snapshot.version();
			}
			assertThat(before.get(0)).isEqualTo("a4");
			publish(s, "a1", "a1 cambiado");
			publish(s, "a5", "a5");
			try (Snapshot kept = index.snapshot(version, index.epoch())) {
				assertThat(order(kept)).isEqualTo(before);
			}
			try (Snapshot now = index.snapshot()) {
				assertThat(order(now)).startsWith("a5", "a1").hasSize(5);
			}
			try (Snapshot otherStart = index.snapshot(version, index.epoch() + 1)) {
				assertThat(order(otherStart)).as("a snapshot of another start is not known: the current one").hasSize(5);
			}
		}
	}

	@Test
	void onlyTheNewestSnapshotsAreKept() throws Exception {
		try (Services s = new Services(dir); DatasetIndex index = new DatasetIndex(s.store, s.properties)) {
			index.rebuild(List.of(), List.of());
			s.publishFinanzas();
			publish(s, "s0", "s0");
			long oldest;
			try (Snapshot first = index.snapshot()) {
				oldest = first.version();
			}
			long latest = 0;
			for (int i = 1; i <= DatasetIndex.MAX_SNAPSHOTS + 1; i++) {
				publish(s, "s" + i, "s" + i);
				try (Snapshot next = index.snapshot()) {
					latest = next.version();
				}
			}
			publish(s, "s-last", "s-last");
			try (Snapshot dropped = index.snapshot(oldest, index.epoch())) {
				assertThat(dropped.version()).as("the oldest of more than the maximum is dropped").isNotEqualTo(oldest);
			}
			try (Snapshot kept = index.snapshot(latest, index.epoch())) {
				assertThat(kept.version()).as("a recent one is still there").isEqualTo(latest);
				assertThat(order(kept)).doesNotContain("s-last");
			}
		}
	}

	@Test
	void keysetPagesCoverTheOrderWithoutGapsOrRepeats() throws Exception {
		try (Services s = new Services(dir); DatasetIndex index = new DatasetIndex(s.store, s.properties)) {
			index.rebuild(List.of(), List.of());
			s.publishFinanzas();
			for (int i = 0; i < 7; i++) {
				publish(s, "k" + i, "k" + i);
			}
			try (Snapshot snapshot = index.snapshot()) {
				List<String> all = order(snapshot);
				KeysetPage first = DatasetSearch.page(snapshot, Filters.active(), null, true, 3);
				KeysetPage second = DatasetSearch.page(snapshot, Filters.active(), first.hits().get(2).position(), true, 3);
				KeysetPage third = DatasetSearch.page(snapshot, Filters.active(), second.hits().get(2).position(), true, 3);
				assertThat(first.before()).isFalse();
				assertThat(first.after()).isTrue();
				assertThat(third.after()).isFalse();
				assertThat(third.hits()).hasSize(1);
				assertThat(names(first, second, third)).isEqualTo(all);
				KeysetPage last = DatasetSearch.page(snapshot, Filters.active(), null, false, 3);
				assertThat(names(last)).isEqualTo(all.subList(4, 7));
				assertThat(last.before()).isTrue();
				KeysetPage beforeLast = DatasetSearch.page(snapshot, Filters.active(), last.hits().get(0).position(), false, 3);
				assertThat(names(beforeLast)).isEqualTo(all.subList(1, 4));
			}
		}
	}

	private static List<String> order(Snapshot snapshot) {
		return names(DatasetSearch.page(snapshot, Filters.active(), null, true, 100));
	}

	private static List<String> names(DatasetIndex index, org.apache.lucene.search.Query query) {
		try (Snapshot snapshot = index.snapshot()) {
			return names(DatasetSearch.page(snapshot, query, null, true, 100));
		}
	}

	private static List<String> names(KeysetPage... pages) {
		return java.util.Arrays.stream(pages).flatMap((p) -> p.hits().stream()).map(DatasetHit::name).toList();
	}

	private static void publish(Services s, String id, String title) {
		s.records.put(ref(id), Rdf.parse(Fixtures.dataset(title).getBytes(StandardCharsets.UTF_8), Lang.TURTLE,
				ref(id).iri(RegistryTest.BASE)), RecordStatus.PUBLISHED, "prueba");
	}

	private static RecordRef ref(String id) {
		return new RecordRef(RecordKind.DATASET, id);
	}

}
