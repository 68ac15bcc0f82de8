package org.registro.record;

import java.time.Instant;

/**
 * One change to a record: who made it, when, what it did and the change itself as an RDF Patch
 * (text form), from which any earlier version can be rebuilt.
 *
 * @param action what was done: one of the constants below
 * @param comment what the person said about it (a reviewer's reason for sending it back), or null
 */
public record HistoryEntry(long version, Instant at, String actor, String action, RecordStatus statusAfter,
		int added, int removed, String patch, String comment) {

	public static final String CREATE = "create";

	public static final String REPLACE = "replace";

	public static final String WITHDRAW = "withdraw";

	/** Sent for review (draft to in review), content unchanged. */
	public static final String SUBMIT = "submit";

	/** Published by a reviewer, content unchanged. */
	public static final String PUBLISH = "publish";

	/** Sent back to draft by a reviewer, with a comment. */
	public static final String RETURN = "return";

	/** An earlier version's content written again as a new draft. */
	public static final String RESTORE = "restore";

}
