package org.registro.dataset;

import java.util.List;

import org.registro.web.Link;

/**
 * A dataset as its HTML page shows it, every text already in the page's language.
 *
 * @param iri the record's location (its page)
 * @param subject the IRI of the described dataset: the location, or the source's IRI for a harvested one
 * @param original a link to the subject when it is not the location (a harvested dataset), else null
 * @param source where a harvested dataset was read from (its catalog record's dct:source), or null
 */
record DatasetView(String iri, String subject, Link original, Link source, String title, String description, List<String> keywords, List<Link> themes, Link publisher,
		List<ContactView> contacts, List<String> temporal, List<Link> spatial, Link frequency, List<Link> languages, Link accessRights,
		Link landingPage, String identifier, String issued, String modified, List<DistributionView> distributions) {

	/** A contact point. */
	record ContactView(String name, Link email, Link url) {
	}

	/** A distribution as listed on the dataset page and shown on its own page. */
	record DistributionView(String iri, String path, String title, String description, Link accessUrl, Link downloadUrl, Link format,
			Link mediaType, Link license, String byteSize, String modified) {
	}

}
