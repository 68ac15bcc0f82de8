package org.registro.harvest.read;

import java.util.List;

/**
 * How a reading ended.
 * @param complete every record of the source was read (or, for an incremental run, every changed
 * record was read and every present key told): only then are records gone from the source withdrawn
 * @param pages pages (documents, API calls) fetched
 * @param errors what stopped or cut the reading short; empty when complete
 */
public record ReadOutcome(boolean complete, int pages, List<RunError> errors) {

	public ReadOutcome {
		errors = List.copyOf(errors);
	}

}
