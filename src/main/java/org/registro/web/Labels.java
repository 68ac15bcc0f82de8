package org.registro.web;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.registro.record.RecordKind;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.registro.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * Labels for IRIs a record points at: vocabulary concepts by their preferred label, the registry's
 * publishers by their name, anything else by the IRI itself. Links to the registry's own resources
 * become site-relative so they work whatever host serves the page.
 */
@Component
public class Labels {

	private final Vocabularies vocabularies;

	private final RecordStore store;

	private final String baseUri;

	public Labels(Vocabularies vocabularies, RecordStore store, RegistryProperties properties) {
		this.vocabularies = vocabularies;
		this.store = store;
		this.baseUri = properties.baseUri();
	}

	public Link link(Node n, String lang) {
		if (n == null) {
			return null;
		}
		if (!n.isURI()) {
			return new Link(null, RdfText.text(n));
		}
		String iri = n.getURI();
		String label = vocabularies.label(iri, lang).orElseGet(() -> publisherName(n, lang));
		return new Link(localHref(iri), label);
	}

	/** A site-relative href for the registry's own IRIs, the IRI itself for safe external ones. */
	public String localHref(String iri) {
		if (iri.startsWith(baseUri + "/")) {
			return iri.substring(baseUri.length());
		}
		return RdfText.safeHref(org.apache.jena.graph.NodeFactory.createURI(iri));
	}

	private String publisherName(Node n, String lang) {
		String iri = n.getURI();
		if (!iri.startsWith(baseUri + "/" + RecordKind.PUBLISHER.segment() + "/")) {
			return iri;
		}
		return store.publicGraph(iri).flatMap((g) -> RdfText.literal(g, n, FOAF.name.asNode(), lang)).orElse(iri);
	}

}
