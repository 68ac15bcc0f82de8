package org.registro.record;

import java.time.Instant;

/**
 * The bookkeeping of one record, kept in the private workspace.
 *
 * @param version the number of the latest version (1 for the first write)
 * @param publishedVersion the version visible anonymously, or 0 when none is
 * @param firstPublished when the record was first published (DCAT-AP catalog record dct:issued)
 * @param published when the current public version was published (its Last-Modified)
 * @param warnings how many SHACL warnings the latest version has
 * @param summary owner and title of the latest version, for listings
 */
public record RecordState(RecordRef ref, RecordStatus status, long version, long publishedVersion,
		Instant created, Instant modified, Instant firstPublished, Instant published, Instant withdrawn,
		int warnings, RecordSummary summary) {

	public RecordState {
		summary = summary == null ? RecordSummary.EMPTY : summary;
	}

	public boolean isPublic() {
		return publishedVersion > 0 && status != RecordStatus.WITHDRAWN;
	}

	/** Withdrawn after having been public: anonymous readers get 410 rather than 404. */
	public boolean isGone() {
		return status == RecordStatus.WITHDRAWN && firstPublished != null;
	}

}
