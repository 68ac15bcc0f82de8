package org.registro.record;

import org.apache.jena.graph.Graph;

/** What anonymous readers may see of a record: its published version, or the tombstone of a withdrawn one. */
public sealed interface PublicView {

	RecordState state();

	Graph graph();

	/** A published record: its public graph. */
	record Live(RecordState state, Graph graph) implements PublicView {
	}

	/** A record withdrawn after publication: answered with 410 and this tombstone. */
	record Gone(RecordState state, Graph graph) implements PublicView {
	}

}
