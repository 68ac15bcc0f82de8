package org.registro.security;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;

/** Which organization (publisher id) a record belongs to, for permission checks. */
public final class RecordOwner {

	private RecordOwner() {
	}

	/**
	 * A publisher record belongs to itself; a dataset to the publisher its {@code dct:publisher}
	 * names when that is {@code {baseUri}/publisher/{id}}. Empty for a dataset without such a
	 * publisher (or without content): only coordinators and sysadmins may write those.
	 * @param subject the IRI of the dataset the content describes (a harvested one keeps its source's)
	 */
	public static Optional<String> publisherOf(RecordRef ref, Graph content, String subject, String baseUri) {
		if (ref.kind() == RecordKind.PUBLISHER) {
			return Optional.of(ref.id());
		}
		if (content == null) {
			return Optional.empty();
		}
		Node dataset = NodeFactory.createURI(subject);
		String prefix = baseUri + "/" + RecordKind.PUBLISHER.segment() + "/";
		var found = content.find(dataset, DCTerms.publisher.asNode(), Node.ANY);
		try {
			while (found.hasNext()) {
				Node p = found.next().getObject();
				if (p.isURI() && p.getURI().startsWith(prefix) && RecordRef.isValidId(p.getURI().substring(prefix.length()))) {
					return Optional.of(p.getURI().substring(prefix.length()));
				}
			}
			return Optional.empty();
		}
		finally {
			found.close();
		}
	}

}
