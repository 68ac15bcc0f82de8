package org.registro.store;

import org.apache.jena.graph.Graph;
import org.registro.record.RecordState;

/**
 * One record's public view as a commit to the public data left it, told to the listeners that keep
 * indexes of the public data up to date.
 *
 * @param state the record's state after the commit
 * @param published its public graph, or null when it left the public data (withdrawn)
 */
public record PublicChange(RecordState state, Graph published) {
}
