package org.registro.store;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.registro.record.RecordRef;
import org.registro.record.RecordState;

/** What a {@link Mutation} sees: committed state overlaid with what earlier mutations of the same batch staged. */
public interface Staging {

	Optional<RecordState> state(RecordRef ref);

	Optional<Graph> content(RecordRef ref);

	void stage(RecordChange change);

}
