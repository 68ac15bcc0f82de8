package org.registro.catalog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.registro.record.CatalogEntries;
import org.registro.record.PublicView;
import org.registro.record.RecordKind;
import org.registro.record.RecordNotFoundException;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.search.DatasetHit;
import org.registro.store.RecordStore;
import org.registro.vocabulary.Hydra;
import org.springframework.stereotype.Component;

/** The RDF of a feed page: the catalog with the page's complete records and the Hydra paging view. */
@Component
class FeedGraphs {

	/** What a feed page copies of each publisher a dataset names. */
	private static final List<Node> PUBLISHER_FACTS = List.of(RDF.type.asNode(), FOAF.name.asNode(), DCTerms.type.asNode());

	private final RecordStore store;

	private final RecordService records;

	private final CatalogDescription description;

	FeedGraphs(RecordStore store, RecordService records, CatalogDescription description) {
		this.store = store;
		this.records = records;
		this.description = description;
	}

	/**
	 * The catalog, the page's datasets (with their distributions, contact points and catalog records)
	 * and their publishers' names. A dataset withdrawn since the walk's snapshot is left out.
	 * @param url the absolute URL of a page given its cursor (null: the page without one)
	 */
	Graph catalogPage(FeedPage page, String self, Function<String, String> url) {
		Graph g = description.graph();
		Node catalog = NodeFactory.createURI(description.iri());
		store.readPublic((dsg) -> {
			Set<Node> publishers = new LinkedHashSet<>();
			for (DatasetHit hit : page.hits()) {
				// The graph is at the record's location; the dataset keeps its own IRI (a harvested one, its source's).
				Node dataset = NodeFactory.createURI(hit.subject());
				Graph record = dsg.getGraph(NodeFactory.createURI(hit.iri()));
				if (!record.contains(dataset, RDF.type.asNode(), DCAT.Dataset.asNode())) {
					continue;
				}
				record.find().forEachRemaining(g::add);
				g.add(Triple.create(catalog, DCAT.dataset.asNode(), dataset));
				g.add(Triple.create(catalog, DCAT.record.asNode(), NodeFactory.createURI(CatalogEntries.recordIri(hit.iri()))));
				record.find(dataset, DCTerms.publisher.asNode(), Node.ANY).forEachRemaining((t) -> publishers.add(t.getObject()));
			}
			publishers.stream().filter(Node::isURI).forEach((p) -> copyPublisher(dsg, p, g));
			return null;
		});
		view(g, catalog, page, self, url);
		return g;
	}

	/** The tombstones of the page's withdrawn datasets, as members of the withdrawn collection. */
	Graph withdrawnPage(FeedPage page, String collection, String self, Function<String, String> url) {
		Graph g = GraphFactory.createDefaultGraph();
		Node members = NodeFactory.createURI(collection);
		for (DatasetHit hit : page.hits()) {
			try {
				if (records.publicView(new RecordRef(RecordKind.DATASET, hit.name())) instanceof PublicView.Gone gone) {
					gone.graph().find().forEachRemaining(g::add);
					g.add(Triple.create(members, Hydra.member.asNode(), NodeFactory.createURI(CatalogEntries.recordIri(hit.iri()))));
				}
			}
			catch (RecordNotFoundException ex) {
				// Gone from the workspace since the snapshot (never the case today): nothing to list.
			}
		}
		g.add(Triple.create(members, RDF.type.asNode(), Hydra.Collection.asNode()));
		view(g, members, page, self, url);
		return g;
	}

	private static void copyPublisher(DatasetGraph dsg, Node publisher, Graph into) {
		Graph own = dsg.getGraph(publisher);
		for (Node p : PUBLISHER_FACTS) {
			own.find(publisher, p, Node.ANY).forEachRemaining(into::add);
		}
	}

	private static void view(Graph g, Node collection, FeedPage page, String self, Function<String, String> url) {
		Node view = NodeFactory.createURI(self);
		g.add(Triple.create(collection, Hydra.view.asNode(), view));
		g.add(Triple.create(view, RDF.type.asNode(), Hydra.PartialCollectionView.asNode()));
		Map<Property, String> links = new LinkedHashMap<>();
		links.put(Hydra.first, page.first());
		links.put(Hydra.previous, page.previous());
		links.put(Hydra.next, page.next());
		links.put(Hydra.last, page.last());
		links.forEach((property, cursor) -> {
			if (cursor != null) {
				g.add(Triple.create(view, property.asNode(), NodeFactory.createURI(url.apply(cursor))));
			}
		});
		g.add(Triple.create(view, Hydra.totalItems.asNode(), integer(page.total())));
		g.add(Triple.create(view, Hydra.itemsPerPage.asNode(), integer(page.pageSize())));
	}

	private static Node integer(long n) {
		return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
	}

}
