package org.registro.harvest.dcat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.registro.vocabulary.Dcat3;

/**
 * Cuts one dataset's description out of a page: the dataset's triples and, to a bounded depth, those
 * of the nodes it leads to that are its own details (blank nodes, or IRIs the page describes:
 * distributions, formats, contact points, the publisher, periods, places), but never the description
 * of another dataset, series, catalog or catalog record.
 */
final class DatasetDescriptions {

	/** Dataset, distribution, format, and one more: deeper nesting is not DCAT-AP's. */
	static final int DEPTH = 4;

	private static final List<Node> OWN_RECORDS = List.of(DCAT.Dataset.asNode(), Dcat3.DatasetSeries.asNode(),
			DCAT.Catalog.asNode(), DCAT.CatalogRecord.asNode());

	private DatasetDescriptions() {
	}

	static Graph describe(Graph page, Node dataset) {
		Graph out = GraphFactory.createDefaultGraph();
		Set<Node> reached = new HashSet<>(List.of(dataset));
		List<Node> level = List.of(dataset);
		for (int depth = 0; depth <= DEPTH && !level.isEmpty(); depth++) {
			List<Node> next = new ArrayList<>();
			for (Node subject : level) {
				for (Triple triple : page.find(subject, Node.ANY, Node.ANY).toList()) {
					out.add(triple);
					Node object = triple.getObject();
					if (depth < DEPTH && !triple.predicateMatches(RDF.type.asNode()) && !reached.contains(object)
							&& isDetail(page, object)) {
						reached.add(object);
						next.add(object);
					}
				}
			}
			level = next;
		}
		addCatalogRecords(page, dataset, out);
		return out;
	}

	/** The page's {@code dct:identifier} for the dataset (the first in code order when several), or null. */
	static String identifier(Graph page, Node dataset) {
		return page.find(dataset, DCTerms.identifier.asNode(), Node.ANY)
			.mapWith(Triple::getObject)
			.filterKeep(Node::isLiteral)
			.mapWith(Node::getLiteralLexicalForm)
			.toList()
			.stream()
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	private static boolean isDetail(Graph page, Node node) {
		if (!node.isBlank() && !(node.isURI() && page.contains(node, Node.ANY, Node.ANY))) {
			return false;
		}
		return OWN_RECORDS.stream().noneMatch((type) -> page.contains(node, RDF.type.asNode(), type));
	}

	/** Only the link of a catalog record to the dataset: the harvester reports the record's IRI. */
	private static void addCatalogRecords(Graph page, Node dataset, Graph out) {
		for (Triple link : page.find(Node.ANY, FOAF.primaryTopic.asNode(), dataset).toList()) {
			Node record = link.getSubject();
			if (record.isURI() && (page.contains(record, RDF.type.asNode(), DCAT.CatalogRecord.asNode())
					|| page.contains(Node.ANY, DCAT.record.asNode(), record))) {
				out.add(link);
			}
		}
	}

}
