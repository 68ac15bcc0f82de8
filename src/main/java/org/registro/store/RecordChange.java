package org.registro.store;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.registro.record.HistoryEntry;
import org.registro.record.RecordState;

/**
 * Everything one write changes for one record.
 *
 * @param content the new latest version, or null when the content is unchanged
 * @param report the validation report of the new version, or null when unchanged
 * @param entry the history entry to append
 * @param publicOps how the public projection changes (empty when it does not)
 */
public record RecordChange(RecordState state, Graph content, Graph report, HistoryEntry entry,
		List<PublicOp> publicOps) {

	public RecordChange {
		publicOps = List.copyOf(publicOps);
	}

}
