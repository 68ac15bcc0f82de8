package org.registro.search;

import java.time.Instant;

/**
 * One dataset a search found.
 *
 * @param iri the record's location (its graph and page)
 * @param subject the dataset's IRI: the location, or the source's IRI for a harvested dataset
 * @param modified when its indexed version was published, or when it was withdrawn
 */
public record DatasetHit(String name, String iri, String subject, Instant modified, boolean withdrawn) {

	/** The keyset position of this hit in the feed's order. */
	public FeedPosition position() {
		return new FeedPosition(modified.toEpochMilli(), name);
	}

}
