package org.registro.store;

import org.registro.record.RecordStatus;

/**
 * Which records a listing wants from the workspace (drafts included), newest change first.
 *
 * @param status the status they are in
 * @param publisher the IRI of the owning publisher, or null for every publisher
 * @param withWarnings only records whose latest version has warnings
 * @param limit the most to return
 */
public record RecordQuery(RecordStatus status, String publisher, boolean withWarnings, int limit) {

	public RecordQuery {
		if (status == null || limit < 1) {
			throw new IllegalArgumentException("A record query needs a status and a positive limit");
		}
	}

}
