package org.registro.harvest;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.registro.record.RecordKind;
import org.registro.store.RecordStore;

/**
 * Which published record describes a dataset IRI. Two sources (or a source and a steward) giving
 * the same dataset would put it twice in the catalog; the second is refused instead.
 */
final class DatasetOwners {

	private final RecordStore store;

	private final String recordPrefix;

	DatasetOwners(RecordStore store, String baseUri) {
		this.store = store;
		this.recordPrefix = baseUri + "/" + RecordKind.DATASET.segment() + "/";
	}

	/** The id of the published record whose dataset has this IRI, if any. */
	Optional<String> owner(String datasetIri) {
		Node dataset = NodeFactory.createURI(datasetIri);
		// Read inside the transaction; the quad (immutable) outlives it.
		return store.readPublic((dsg) -> {
			var quads = dsg.find(Node.ANY, dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
			return quads.hasNext() ? Optional.of(quads.next()) : Optional.<Quad>empty();
		})
			.map(Quad::getGraph)
			.filter(Node::isURI)
			.map(Node::getURI)
			.filter((g) -> g.startsWith(recordPrefix))
			.map((g) -> g.substring(recordPrefix.length()));
	}

}
