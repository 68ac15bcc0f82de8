package org.registro.harvest;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.registro.harvest.read.RunError;

/**
 * One run of a source, as its report says.
 * @param incremental only records changed since the last complete run were asked for
 * @param complete the whole source was read (records gone from it were withdrawn)
 * @param counts records per outcome
 * @param errors what stopped or cut the reading short
 */
public record HarvestJob(String id, String sourceId, JobStatus status, boolean incremental, String startedBy, Instant queued,
		Instant started, Instant finished, boolean complete, int pages, Map<Outcome, Integer> counts, List<RunError> errors) {

	public HarvestJob {
		counts = counts.isEmpty() ? new EnumMap<>(Outcome.class) : new EnumMap<>(counts);
		errors = List.copyOf(errors);
	}

	public int count(Outcome outcome) {
		return counts.getOrDefault(outcome, 0);
	}

}
