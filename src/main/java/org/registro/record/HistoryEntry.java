package org.registro.record;

import java.time.Instant;

/**
 * One change to a record: who made it, when, what it did and the change itself as an RDF Patch
 * (text form), from which any earlier version can be rebuilt.
 */
public record HistoryEntry(long version, Instant at, String actor, String action, RecordStatus statusAfter,
		int added, int removed, String patch) {

	public static final String CREATE = "create";

	public static final String REPLACE = "replace";

	public static final String WITHDRAW = "withdraw";

}
