package org.registro.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.record.PublicView;
import org.registro.record.RecordKind;
import org.registro.record.RecordNotFoundException;
import org.registro.record.RecordRef;
import org.registro.record.RecordStatus;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.support.Services;

/**
 * A crash after the workspace commit and before the public one leaves a published record missing
 * from the public database; its pending mark makes the next start project it again.
 */
class ProjectionRecoveryTest {

	@TempDir
	Path dir;

	@Test
	void aRecordLostBetweenTheTwoCommitsIsProjectedAgainAtStartUp() {
		RecordRef ref = new RecordRef(RecordKind.DATASET, "recuperado");
		String iri = ref.iri(RegistryTest.BASE);
		try (Services s = new Services(dir)) {
			put(s, new RecordRef(RecordKind.PUBLISHER, "finanzas"),
					"<> a <http://xmlns.com/foaf/0.1/Agent> ; <http://xmlns.com/foaf/0.1/name> \"Finanzas\"@es .");
			put(s, ref, Fixtures.dataset("Recuperado tras un fallo"));
			assertThat(s.store.pendingProjections()).as("the last batch's mark is cleared only by a later batch").contains(ref);
		}
		// The crash: the public database lost the record's graph and its catalog links.
		DatasetGraph publicData = DatabaseMgr.connectDatasetGraph(dir.resolve("public").toString());
		Node record = NodeFactory.createURI(iri);
		Txn.executeWrite(publicData, () -> {
			publicData.deleteAny(record, Node.ANY, Node.ANY, Node.ANY);
			publicData.deleteAny(Node.ANY, Node.ANY, Node.ANY, record);
		});
		TDBInternal.expel(publicData);

		try (Services s = new Services(dir)) {
			assertThatThrownBy(() -> s.records.publicView(ref)).isInstanceOf(RecordNotFoundException.class);
			s.records.reprojectPending();
			assertThat(s.records.publicView(ref)).isInstanceOf(PublicView.Live.class);
			assertThat(Rdf.ask(s.records.publicView(ref).graph(), "ASK { <" + iri + "> dct:title \"Recuperado tras un fallo\"@es }")).isTrue();
			Graph catalog = s.store.publicGraph(RegistryTest.BASE + "/catalog").orElseThrow();
			assertThat(Rdf.ask(catalog, "ASK { ?c dcat:dataset <" + iri + "> }")).isTrue();
		}
	}

	private static void put(Services s, RecordRef ref, String turtle) {
		Graph body = Rdf.parse(turtle.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, ref.iri(RegistryTest.BASE));
		s.records.put(ref, body, RecordStatus.PUBLISHED, "test");
	}

}
