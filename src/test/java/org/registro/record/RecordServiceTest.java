package org.registro.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.Services;

/** The record life cycle on a real TDB2 store: versions, history, drafts, withdrawal, batching. */
class RecordServiceTest {

	private static final String BASE = "http://localhost:8080";

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
	void createReplaceAndHistoryRebuildEveryVersion() {
		WriteResult first = records.put(ref("a1"), dataset("a1", "Primero"), RecordStatus.PUBLISHED, "ana");
		WriteResult same = records.put(ref("a1"), dataset("a1", "Primero"), RecordStatus.PUBLISHED, "ana");
		WriteResult second = records.put(ref("a1"), dataset("a1", "Segundo"), RecordStatus.PUBLISHED, "luis");

		assertThat(first.created()).isTrue();
		assertThat(same.changed()).as("identical content makes no new version").isFalse();
		assertThat(second.created()).isFalse();
		assertThat(second.state().version()).isEqualTo(2);

		List<HistoryEntry> history = records.history(ref("a1"));
		assertThat(history).extracting(HistoryEntry::actor).containsExactly("ana", "luis");
		assertThat(history).extracting(HistoryEntry::action).containsExactly(HistoryEntry.CREATE, HistoryEntry.REPLACE);
		assertThat(history.get(1).patch()).contains("Segundo").contains("Primero");

		Graph v1 = records.version(ref("a1"), 1);
		assertThat(Rdf.ask(v1, "ASK { <http://localhost:8080/dataset/a1> dct:title \"Primero\"@es }")).isTrue();
		Graph published = ((PublicView.Live) records.publicView(ref("a1"))).graph();
		assertThat(published.isIsomorphicWith(records.version(ref("a1"), 2))).isTrue();
		assertThat(Rdf.ask(published, """
				ASK { ?r a dcat:CatalogRecord ; foaf:primaryTopic <http://localhost:8080/dataset/a1> ;
				        dct:issued ?i ; dct:modified ?m ; adms:status <http://purl.org/adms/changetype/Updated> }""")).isTrue();
	}

	@Test
	void blankNodesBecomeStableIris() {
		records.put(ref("b1"), dataset("b1", "Con nodos"), RecordStatus.PUBLISHED, "ana");
		Graph g = ((PublicView.Live) records.publicView(ref("b1"))).graph();
		assertThat(g.find().filterKeep((t) -> t.getSubject().isBlank() || t.getObject().isBlank()).toList()).isEmpty();
		assertThat(Rdf.ask(g, "ASK { <http://localhost:8080/dataset/b1> dcat:distribution ?d . FILTER(STRSTARTS(STR(?d), 'http://localhost:8080/dataset/b1/distribution/')) }"))
			.isTrue();
		WriteResult again = records.put(ref("b1"), dataset("b1", "Con nodos"), RecordStatus.PUBLISHED, "ana");
		assertThat(again.changed()).as("the same blank nodes give the same IRIs").isFalse();
	}

	@Test
	void draftsNeverReachThePublicData() {
		records.put(ref("d1"), dataset("d1", "Borrador único xq7"), RecordStatus.DRAFT, "ana");
		assertThatThrownBy(() -> records.publicView(ref("d1"))).isInstanceOf(RecordNotFoundException.class);
		assertThat(publicDataMentions("Borrador único xq7")).isFalse();

		records.put(ref("d1"), dataset("d1", "Publicado"), RecordStatus.PUBLISHED, "ana");
		records.put(ref("d1"), dataset("d1", "Nuevo borrador zz9"), RecordStatus.DRAFT, "ana");
		assertThat(publicDataMentions("Nuevo borrador zz9")).isFalse();
		assertThat(publicDataMentions("Publicado")).as("the published version stays public while a draft is edited").isTrue();
	}

	@Test
	void withdrawnRecordsLeaveATombstoneAndTheCatalog() {
		records.put(ref("w1"), dataset("w1", "Se irá"), RecordStatus.PUBLISHED, "ana");
		records.withdraw(ref("w1"), "ana");
		PublicView view = records.publicView(ref("w1"));
		assertThat(view).isInstanceOf(PublicView.Gone.class);
		assertThat(Rdf.ask(view.graph(), "ASK { ?r foaf:primaryTopic <http://localhost:8080/dataset/w1> ; adms:status <http://purl.org/adms/changetype/Deleted> }"))
			.isTrue();
		assertThat(publicDataMentions("Se irá")).isFalse();
		assertThat(services.store.publicGraph(BASE + "/catalog")
			.map((g) -> g.contains(NodeFactory.createURI(BASE + "/catalog"), DCAT.dataset.asNode(), NodeFactory.createURI(BASE + "/dataset/w1")))
			.orElse(false)).isFalse();
		assertThat(records.history(ref("w1"))).extracting(HistoryEntry::action).containsExactly(HistoryEntry.CREATE, HistoryEntry.WITHDRAW);
		assertThatThrownBy(() -> records.withdraw(ref("w1"), "ana")).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void aDraftThatWasNeverPublishedIsNotFoundAfterWithdrawal() {
		records.put(ref("n1"), dataset("n1", "Nunca público"), RecordStatus.DRAFT, "ana");
		records.withdraw(ref("n1"), "ana");
		assertThatThrownBy(() -> records.publicView(ref("n1"))).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void badRecordsAreRejectedAndNothingIsStored() {
		Graph two = dataset("x1", "Uno");
		two.add(NodeFactory.createURI(BASE + "/dataset/otro"), RDF.type.asNode(), DCAT.Dataset.asNode());
		assertThatThrownBy(() -> records.put(ref("x1"), two, RecordStatus.PUBLISHED, "ana")).isInstanceOf(InvalidRecordException.class)
			.hasMessageContaining("exactly one");
		assertThatThrownBy(() -> records.put(ref("x2"), dataset("x1", "IRI ajena"), RecordStatus.PUBLISHED, "ana"))
			.isInstanceOf(InvalidRecordException.class)
			.hasMessageContaining("<http://localhost:8080/dataset/x2>");
		Graph hijack = dataset("x3", "Secuestro");
		hijack.add(NodeFactory.createURI(BASE + "/publisher/finanzas"), FOAF.name.asNode(), NodeFactory.createLiteralString("Otro nombre"));
		assertThatThrownBy(() -> records.put(ref("x3"), hijack, RecordStatus.PUBLISHED, "ana")).isInstanceOf(InvalidRecordException.class)
			.hasMessageContaining("publisher/finanzas");
		Graph noTitle = Rdf.parse(Fixtures.datasetWithoutTitle().getBytes(), Lang.TURTLE, BASE + "/dataset/x4");
		assertThatThrownBy(() -> records.put(ref("x4"), noTitle, RecordStatus.PUBLISHED, "ana")).isInstanceOf(ValidationFailedException.class);
		assertThatThrownBy(() -> records.put(ref("x5"), dataset("x5", "Con \u0001 control"), RecordStatus.PUBLISHED, "ana"))
			.as("a control character could not be served as RDF/XML").isInstanceOf(InvalidRecordException.class)
			.hasMessageContaining("control character");
		for (String id : List.of("x1", "x2", "x3", "x4", "x5")) {
			assertThat(records.state(ref(id))).as(id).isEmpty();
		}
	}

	@Test
	void aPublisherInUseCannotBeWithdrawn() {
		records.put(ref("p1"), dataset("p1", "Usa finanzas"), RecordStatus.PUBLISHED, "ana");
		assertThatThrownBy(() -> records.withdraw(new RecordRef(RecordKind.PUBLISHER, "finanzas"), "ana"))
			.isInstanceOf(RecordConflictException.class);
	}

	@Test
	void concurrentWritesAreAllCommittedAndAnswered() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<WriteResult>> results = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			String id = "c" + i;
			results.add(pool.submit(() -> records.put(ref(id), dataset(id, "Concurrente " + id), RecordStatus.PUBLISHED, "bot")));
		}
		for (Future<WriteResult> f : results) {
			assertThat(f.get().created()).isTrue();
		}
		pool.shutdown();
		for (int i = 0; i < 64; i++) {
			assertThat(records.publicView(ref("c" + i))).isInstanceOf(PublicView.Live.class);
		}
	}

	private boolean publicDataMentions(String text) {
		return services.store.readPublic((dsg) -> org.apache.jena.atlas.iterator.Iter.anyMatch(dsg.find(),
				(q) -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals(text)));
	}

}
