package org.registro.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.springframework.context.MessageSource;

/** What the items of one diff are called, which classes they have, and in which order they come. */
final class ItemNames {

	private final Items before;

	private final Items after;

	private final PropertyNames properties;

	private final MessageSource messages;

	private final Locale locale;

	private final List<Node> distributions;

	// Records are small, but sorting asks for the same names and classes many times.
	private final Map<Item, Set<Node>> classes = new HashMap<>();

	private final Map<Item, List<String>> sortKeys = new HashMap<>();

	ItemNames(Items before, Items after, PropertyNames properties, MessageSource messages, Locale locale) {
		this.before = before;
		this.after = after;
		this.properties = properties;
		this.messages = messages;
		this.locale = locale;
		TreeSet<Node> all = new TreeSet<>(Comparator.comparing(Node::toString));
		for (Items items : List.of(before, after)) {
			items.all().stream().filter((i) -> i.role() == Item.Role.DISTRIBUTION).forEach((i) -> all.add(i.node()));
		}
		this.distributions = List.copyOf(all);
	}

	/** The classes of the nodes that make up the item, in either version. */
	Set<Node> classes(Item item) {
		return classes.computeIfAbsent(item, this::findClasses);
	}

	private Set<Node> findClasses(Item item) {
		Set<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
		for (Items items : List.of(before, after)) {
			items.graph().find(Node.ANY, RDF.type.asNode(), Node.ANY)
				.filterKeep((t) -> item.equals(items.item(t.getSubject())))
				.forEachRemaining((t) -> out.add(t.getObject()));
		}
		return out;
	}

	String property(Node property, Item subject) {
		return properties.name(property, classes(subject), locale);
	}

	String label(Item item) {
		return switch (item.role()) {
			case MAIN -> message(mainKey(classes(item)));
			case DISTRIBUTION -> distributionLabel(item.node());
			case RECORD -> message("diff.subject.record");
			case NESTED -> item.parent().role() == Item.Role.MAIN ? property(item.via(), item.parent())
					: message("diff.subject.nested", label(item.parent()), property(item.via(), item.parent()));
			case OTHER -> item.node().isURI() ? item.node().getURI() : item.node().toString();
		};
	}

	private static String mainKey(Set<Node> classes) {
		if (classes.contains(DCAT.Dataset.asNode())) {
			return "diff.subject.dataset";
		}
		boolean agent = classes.stream().anyMatch((c) -> c.isURI() && c.getURI().startsWith(FOAF.NS));
		return agent ? "diff.subject.publisher" : "diff.subject.resource";
	}

	/** Its title in the reader's language (or untagged), else its access URL, else its number. */
	private String distributionLabel(Node d) {
		Graph g = after.item(d) != null ? after.graph() : before.graph();
		String lang = locale.getLanguage();
		Optional<String> title = g.find(d, DCTerms.title.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList()
			.stream().filter((l) -> l.getLiteralLanguage().equalsIgnoreCase(lang) || l.getLiteralLanguage().isEmpty())
			.sorted(Comparator.comparing((Node l) -> l.getLiteralLanguage().isEmpty()).thenComparing(Node::getLiteralLexicalForm))
			.map(Node::getLiteralLexicalForm).findFirst();
		return title.or(() -> g.find(d, DCAT.accessURL.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList()
			.stream().map(Node::getURI).sorted().findFirst())
			.orElseGet(() -> message("diff.subject.distribution", distributions.indexOf(d) + 1));
	}

	/** Main resource first, then what hangs from it in shape order, then distributions, then the rest. */
	List<String> sortKey(Item item) {
		// Not computeIfAbsent: a nested item's key is built from its parent's, a recursive update.
		List<String> key = sortKeys.get(item);
		if (key == null) {
			key = findSortKey(item);
			sortKeys.put(item, key);
		}
		return key;
	}

	private List<String> findSortKey(Item item) {
		List<String> key = new ArrayList<>();
		switch (item.role()) {
			case MAIN -> key.add("0");
			case NESTED -> {
				key.addAll(sortKey(item.parent()));
				key.add(order(properties.order(item.via(), classes(item.parent()))));
				key.add(property(item.via(), item.parent()));
			}
			case DISTRIBUTION -> key.addAll(List.of("1", label(item), item.node().toString()));
			case RECORD -> key.addAll(List.of("2", item.node().toString()));
			case OTHER -> key.addAll(List.of("3", label(item)));
		}
		return key;
	}

	/** A sh:order as text that sorts as the number does; no order sorts last. */
	static String order(double order) {
		return order == Double.MAX_VALUE ? "~" : String.format(Locale.ROOT, "%016.4f", order);
	}

	static int compareKeys(List<String> a, List<String> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = a.get(i).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
