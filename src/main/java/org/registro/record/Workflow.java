package org.registro.record;

import java.util.Optional;

/**
 * The review workflow's moves between statuses that leave the content unchanged. Editing is not a
 * move: any write stores a new version with the status it asks for.
 */
final class Workflow {

	private Workflow() {
	}

	/** The history action of moving from one status to another, or empty when that move is not allowed. */
	static Optional<String> action(RecordStatus from, RecordStatus to) {
		return Optional.ofNullable(switch (to) {
			case IN_REVIEW -> from == RecordStatus.DRAFT ? HistoryEntry.SUBMIT : null;
			case PUBLISHED -> (from == RecordStatus.DRAFT || from == RecordStatus.IN_REVIEW) ? HistoryEntry.PUBLISH : null;
			case DRAFT -> from == RecordStatus.IN_REVIEW ? HistoryEntry.RETURN : null;
			case WITHDRAWN -> null;
		});
	}

}
