package org.registro.history;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * Which item each subject of one version's graph belongs to. The main resource, its
 * distributions and the catalog record are items of their own; the blank nodes and minted IRIs
 * (under the record's IRI) they link to are nested items under the property that links them;
 * anything else (an external IRI the record happens to describe) is an item by itself, known by
 * its IRI, which is stable.
 */
final class Items {

	private final Graph graph;

	private final Node main;

	private final Map<Node, Item> items = new HashMap<>();

	private Items(Graph graph, Node main) {
		this.graph = graph;
		this.main = main;
	}

	static Items of(Graph graph, Node main) {
		Items items = new Items(graph, main);
		items.assign();
		return items;
	}

	private void assign() {
		Deque<Node> queue = new ArrayDeque<>();
		items.put(main, Item.of(Item.Role.MAIN, main));
		queue.add(main);
		graph.find(Node.ANY, RDF.type.asNode(), DCAT.CatalogRecord.asNode()).forEachRemaining((t) -> items.put(t.getSubject(), Item.of(Item.Role.RECORD, t.getSubject())));
		Set<Node> distributions = new LinkedHashSet<>();
		graph.find(main, DCAT.distribution.asNode(), Node.ANY).forEachRemaining((t) -> distributions.add(t.getObject()));
		graph.find(Node.ANY, RDF.type.asNode(), DCAT.Distribution.asNode()).forEachRemaining((t) -> distributions.add(t.getSubject()));
		for (Node d : distributions) {
			if (!d.isLiteral() && !items.containsKey(d)) {
				items.put(d, Item.of(Item.Role.DISTRIBUTION, d));
				queue.add(d);
			}
		}
		while (!queue.isEmpty()) {
			Node s = queue.poll();
			Item parent = items.get(s);
			graph.find(s, Node.ANY, Node.ANY).forEachRemaining((t) -> {
				Node o = t.getObject();
				if (!items.containsKey(o) && isLocal(o)) {
					items.put(o, Item.nested(parent, t.getPredicate()));
					queue.add(o);
				}
			});
		}
		graph.find().forEachRemaining((t) -> items.computeIfAbsent(t.getSubject(), (s) -> Item.of(Item.Role.OTHER, s)));
	}

	/** A blank node or an IRI the registry minted under the record's own: meaningless to a reader. */
	boolean isLocal(Node n) {
		return n.isBlank() || (n.isURI() && main.isURI() && (n.getURI().startsWith(main.getURI() + "#") || n.getURI().startsWith(main.getURI() + "/")));
	}

	Item item(Node subject) {
		return items.get(subject);
	}

	Set<Item> all() {
		return Set.copyOf(items.values());
	}

	/**
	 * Whether a value is shown as a value. Links to distributions, the catalog record and minted
	 * nodes are not: what they link to is compared as an item of its own.
	 */
	boolean isShownAsValue(Triple t) {
		Node o = t.getObject();
		if (o.isLiteral()) {
			return true;
		}
		Item target = items.get(o);
		if (target != null && (target.role() == Item.Role.DISTRIBUTION || target.role() == Item.Role.RECORD)) {
			return false;
		}
		return !isLocal(o);
	}

	Graph graph() {
		return graph;
	}

}
