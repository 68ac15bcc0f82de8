package org.registro.harvest.read;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One dataset as a source describes it, already in DCAT-AP terms.
 * @param subject the {@code dcat:Dataset} node in {@code graph}: an IRI, or a blank node when the
 * source gives none
 * @param graph the dataset and its own details (distributions, contact point, periods, the
 * publisher's description when the source gives it); blank nodes allowed
 * @param identifier the source's own identifier for it ({@code dct:identifier}, a CKAN id, a
 * data.json identifier), or null
 * @param location where in the source it was found, for reports (a page URL and position)
 */
public record SourceRecord(Node subject, Graph graph, String identifier, String location) {

	/**
	 * What identifies the record across runs when the source gives it: its IRI, else its identifier;
	 * null when it has neither (the harvester then derives one from its content).
	 */
	public String key() {
		if (subject.isURI()) {
			return subject.getURI();
		}
		return identifier != null && !identifier.isBlank() ? "identifier:" + identifier.strip() : null;
	}

}
