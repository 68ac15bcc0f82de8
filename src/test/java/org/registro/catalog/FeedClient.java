package org.registro.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.registro.support.RegistryTest;
import org.registro.vocabulary.Hydra;

/**
 * A harvester that knows only DCAT-AP and Hydra: it reads pages with Jena's own HTTP reader and
 * follows their links. The registry under test names itself {@link RegistryTest#BASE}, so links are
 * pointed at the port it really listens on.
 */
final class FeedClient {

	static final Node CATALOG = NodeFactory.createURI(RegistryTest.BASE + "/catalog");

	private final String root;

	FeedClient(int port) {
		this.root = "http://127.0.0.1:" + port;
	}

	/** One page, content-negotiated by Jena's default Accept header. */
	Graph read(String pathOrUrl) {
		String url = pathOrUrl.startsWith(RegistryTest.BASE) ? root + pathOrUrl.substring(RegistryTest.BASE.length())
				: pathOrUrl.startsWith("/") ? root + pathOrUrl : pathOrUrl;
		return RDFParser.source(url).toGraph();
	}

	/** The datasets a catalog page lists. */
	static List<String> datasets(Graph page) {
		List<String> out = new ArrayList<>();
		page.find(CATALOG, DCAT.dataset.asNode(), Node.ANY).forEachRemaining((t) -> out.add(t.getObject().getURI()));
		return out;
	}

	/** The page view's link (first, next, previous, last). */
	static Optional<String> link(Graph page, org.apache.jena.rdf.model.Property relation) {
		return page.find(Node.ANY, relation.asNode(), Node.ANY)
			.filterKeep((t) -> page.contains(t.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(),
					Hydra.PartialCollectionView.asNode()))
			.nextOptional()
			.map((t) -> t.getObject().getURI());
	}

	static long number(Graph page, org.apache.jena.rdf.model.Property property) {
		return page.find(Node.ANY, property.asNode(), Node.ANY).next().getObject().getLiteralValue() instanceof Number n
				? n.longValue() : -1;
	}

	/** Follows {@code relation} links from the page at {@code start} until there is none. */
	List<Graph> walk(String start, org.apache.jena.rdf.model.Property relation, Runnable betweenPages) {
		List<Graph> pages = new ArrayList<>();
		Optional<String> next = Optional.of(start);
		while (next.isPresent()) {
			Graph page = read(next.get());
			pages.add(page);
			next = link(page, relation);
			betweenPages.run();
		}
		return pages;
	}

}
