package org.registro.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.store.RecordQuery;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.Services;

/** Draft, review, publish, send back, restore, and the listings a dashboard reads. */
class WorkflowTest {

	private static final String BASE = "http://localhost:8080";

	private static final String FINANZAS = BASE + "/publisher/finanzas";

	@TempDir
	Path dir;

	private Services services;

	private RecordService records;

	@BeforeEach
	void start() {
		services = new Services(dir);
		records = services.records;
		services.publishFinanzas();
	}

	@AfterEach
	void stop() {
		services.close();
	}

	private static Graph dataset(String id, String title) {
		return Rdf.parse(Fixtures.dataset(title).getBytes(), Lang.TURTLE, BASE + "/dataset/" + id);
	}

	private static RecordRef ref(String id) {
		return new RecordRef(RecordKind.DATASET, id);
	}

	@Test
	void draftGoesThroughReviewToPublishedWithEveryStepInTheHistory() {
		records.put(ref("f1"), dataset("f1", "Flujo"), RecordStatus.DRAFT, "editora");
		records.transition(ref("f1"), RecordStatus.IN_REVIEW, "editora", null);
		assertThatThrownBy(() -> records.publicView(ref("f1"))).as("in review is not public").isInstanceOf(RecordNotFoundException.class);

		records.transition(ref("f1"), RecordStatus.DRAFT, "coordinadora", "Falta la licencia");
		records.transition(ref("f1"), RecordStatus.IN_REVIEW, "editora", null);
		WriteResult published = records.transition(ref("f1"), RecordStatus.PUBLISHED, "coordinadora", null);

		assertThat(published.state().isPublic()).isTrue();
		assertThat(records.publicView(ref("f1"))).isInstanceOf(PublicView.Live.class);
		assertThat(records.history(ref("f1"))).extracting(HistoryEntry::action, HistoryEntry::actor, HistoryEntry::statusAfter)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("create", "editora", RecordStatus.DRAFT),
					org.assertj.core.groups.Tuple.tuple("submit", "editora", RecordStatus.IN_REVIEW),
					org.assertj.core.groups.Tuple.tuple("return", "coordinadora", RecordStatus.DRAFT),
					org.assertj.core.groups.Tuple.tuple("submit", "editora", RecordStatus.IN_REVIEW),
					org.assertj.core.groups.Tuple.tuple("publish", "coordinadora", RecordStatus.PUBLISHED));
		assertThat(records.history(ref("f1")).get(2).comment()).isEqualTo("Falta la licencia");
		String iri = BASE + "/dataset/f1";
		assertThat(CatalogEntries.withoutCatalogRecord(records.version(ref("f1"), 2), iri)
			.isIsomorphicWith(CatalogEntries.withoutCatalogRecord(records.version(ref("f1"), 1), iri)))
			.as("submitting changes nothing but the catalog record's dates").isTrue();
	}

	@Test
	void movesTheWorkflowDoesNotAllowAreRefusedAndChangeNothing() {
		records.put(ref("f2"), dataset("f2", "Publicado"), RecordStatus.PUBLISHED, "coordinadora");
		long version = records.state(ref("f2")).orElseThrow().version();
		assertThatThrownBy(() -> records.transition(ref("f2"), RecordStatus.IN_REVIEW, "editora", null))
			.isInstanceOf(RecordConflictException.class);
		assertThatThrownBy(() -> records.transition(ref("f2"), RecordStatus.DRAFT, "editora", null))
			.isInstanceOf(RecordConflictException.class);
		assertThatThrownBy(() -> records.transition(ref("nada"), RecordStatus.PUBLISHED, "editora", null))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(records.state(ref("f2")).orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void aNewDraftOfAPublishedRecordKeepsThePublishedVersionPublicUntilItIsPublished() {
		records.put(ref("f3"), dataset("f3", "Versión uno"), RecordStatus.PUBLISHED, "coordinadora");
		records.put(ref("f3"), dataset("f3", "Versión dos"), RecordStatus.DRAFT, "editora");
		records.transition(ref("f3"), RecordStatus.IN_REVIEW, "editora", null);
		assertThat(Rdf.ask(records.publicView(ref("f3")).graph(), "ASK { ?d dct:title \"Versión uno\"@es }")).isTrue();
		records.transition(ref("f3"), RecordStatus.PUBLISHED, "coordinadora", null);
		assertThat(Rdf.ask(records.publicView(ref("f3")).graph(), "ASK { ?d dct:title \"Versión dos\"@es }")).isTrue();
	}

	@Test
	void restoreWritesAnEarlierVersionAsANewDraft() {
		records.put(ref("f4"), dataset("f4", "Original"), RecordStatus.PUBLISHED, "coordinadora");
		records.put(ref("f4"), dataset("f4", "Cambiado"), RecordStatus.DRAFT, "editora");
		WriteResult restored = records.restore(ref("f4"), 1, "editora");
		assertThat(restored.state().status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(restored.state().version()).isEqualTo(3);
		assertThat(Rdf.ask(records.version(ref("f4"), 3), "ASK { ?d dct:title \"Original\"@es }")).isTrue();
		assertThat(records.history(ref("f4")).get(2).action()).isEqualTo(HistoryEntry.RESTORE);
		assertThat(records.version(ref("f4"), 2)).as("versions in between stay").satisfies((g) ->
			assertThat(Rdf.ask(g, "ASK { ?d dct:title \"Cambiado\"@es }")).isTrue());
	}

	@Test
	void aReviewerNeverPublishesAVersionSavedAfterTheyLooked() {
		records.put(ref("v1"), dataset("v1", "Revisada"), RecordStatus.DRAFT, "editora");
		records.transition(ref("v1"), RecordStatus.IN_REVIEW, "editora", null);
		long seen = records.state(ref("v1")).orElseThrow().version();
		records.put(ref("v1"), dataset("v1", "Cambiada después"), RecordStatus.DRAFT, "editora");
		assertThatThrownBy(() -> records.transition(ref("v1"), RecordStatus.PUBLISHED, "coordinadora", null, seen))
			.isInstanceOf(RecordConflictException.class);
		assertThat(records.state(ref("v1")).orElseThrow().isPublic()).isFalse();
		assertThatThrownBy(() -> records.put(ref("v1"), dataset("v1", "Sobre una vieja"), RecordStatus.DRAFT, "otra", seen))
			.as("a save based on an older version").isInstanceOf(RecordConflictException.class);
	}

	@Test
	void creatingAnIdThatIsTakenIsRefusedAndChangesNothing() {
		records.create(ref("c1"), dataset("c1", "Primera"), RecordStatus.DRAFT, "editora");
		assertThatThrownBy(() -> records.create(ref("c1"), dataset("c1", "Segunda"), RecordStatus.DRAFT, "otra"))
			.isInstanceOf(RecordConflictException.class);
		assertThat(records.history(ref("c1"))).hasSize(1);
		assertThat(Rdf.ask(records.version(ref("c1"), 1), "ASK { ?d dct:title \"Primera\"@es }")).isTrue();
	}

	@Test
	void recordsStoredWithoutASummaryGetTheirOwnerAndTitleBackfilledOnce() {
		records.put(ref("b1"), dataset("b1", "Antigua"), RecordStatus.DRAFT, "editora");
		RecordState s = records.state(ref("b1")).orElseThrow();
		// As a registry older than summaries stored it: no owner, no title.
		services.store.submit((staging) -> {
			staging.stage(new org.registro.store.RecordChange(new RecordState(s.ref(), s.status(), s.version(), s.publishedVersion(),
					s.created(), s.modified(), s.firstPublished(), s.published(), s.withdrawn(), s.warnings(), RecordSummary.EMPTY),
					null, null, null, java.util.List.of()));
			return null;
		}).join();
		assertThat(services.store.find(new RecordQuery(RecordStatus.DRAFT, FINANZAS, false, 10))).extracting((r) -> r.ref().id())
			.doesNotContain("b1");

		records.backfillSummaries();

		assertThat(records.state(ref("b1")).orElseThrow().summary().title(Locale.forLanguageTag("es"), "?")).isEqualTo("Antigua");
		assertThat(records.state(ref("b1")).orElseThrow().version()).as("only the summary changes").isEqualTo(s.version());
		assertThat(services.store.find(new RecordQuery(RecordStatus.DRAFT, FINANZAS, false, 10))).extracting((r) -> r.ref().id())
			.contains("b1");
		assertThat(services.store.flag("summaries-v1")).isTrue();
	}

	@Test
	void listingsFindRecordsByStatusAndPublisherWithTheirTitles() {
		records.put(ref("l1"), dataset("l1", "Lista uno"), RecordStatus.DRAFT, "editora");
		records.put(ref("l2"), dataset("l2", "Lista dos"), RecordStatus.DRAFT, "editora");
		records.transition(ref("l2"), RecordStatus.IN_REVIEW, "editora", null);

		assertThat(services.store.find(new RecordQuery(RecordStatus.DRAFT, FINANZAS, false, 10)))
			.extracting((s) -> s.ref().id()).containsExactly("l1");
		assertThat(services.store.find(new RecordQuery(RecordStatus.IN_REVIEW, null, false, 10)))
			.extracting((s) -> s.summary().title(Locale.forLanguageTag("es"), "?")).containsExactly("Lista dos");
		assertThat(services.store.find(new RecordQuery(RecordStatus.DRAFT, BASE + "/publisher/otra", false, 10))).isEmpty();
		assertThat(records.state(ref("l1")).orElseThrow().summary().publisher()).isEqualTo(FINANZAS);
	}

}
