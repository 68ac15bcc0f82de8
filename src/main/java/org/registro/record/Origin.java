package org.registro.record;

/**
 * Where a record's description comes from. A local record (written through the forms or the API)
 * has no origin; a harvested one keeps the IRI its source gives the dataset, while its location
 * ({@code {base}/dataset/{id}}: named graph, page, catalog record) stays the registry's.
 *
 * @param subject the IRI of the described dataset, or null when it is the record's location
 * @param source what the catalog record names with {@code dct:source} (the source's catalog record,
 * or the page the description was read from), or null
 * @param harvestSource the IRI of the registry's harvest source that wrote it
 * ({@code registro:harvestSource} on the catalog record), or null
 */
public record Origin(String subject, String source, String harvestSource) {

	/** A record of the registry's own. */
	public static final Origin LOCAL = new Origin(null, null, null);

	/** The IRI of the described resource: the subject, else the location. */
	public String subjectOr(String location) {
		return subject != null ? subject : location;
	}

	/** The same origin with a subject equal to the location written as none, so that equal origins compare equal. */
	Origin normalized(String location) {
		return location.equals(subject) ? new Origin(null, source, harvestSource) : this;
	}

}
