package org.registro.history;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.registro.vocabulary.ADMS;

/**
 * Names and order of properties as the shapes in force give them ({@code sh:name},
 * {@code sh:order} of a property shape with that {@code sh:path}): the shape of the subject's
 * class first, any shape with that path next, the prefixed name last.
 */
final class PropertyNames {

	private static final String[] FALLBACK_LANGUAGES = { "es", "en", "" };

	/** What the property shapes of one class (or of any) say about one path. */
	private static final class Entry {

		final Map<String, String> names = new HashMap<>();

		double order = Double.MAX_VALUE;

	}

	private final Map<Node, Map<Node, Entry>> byClass = new HashMap<>();

	private final Map<Node, Entry> anyClass = new HashMap<>();

	private final PrefixMapping prefixes = PrefixMapping.Factory.create();

	PropertyNames(Graph shapes) {
		prefixes.setNsPrefixes(PrefixMapping.Standard).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS)
			.setNsPrefix("foaf", FOAF.NS).setNsPrefix("vcard", VCARD4.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("adms", ADMS.NS)
			.setNsPrefixes(shapes.getPrefixMapping());
		// Sorted so that, where several shapes name a path, the same one wins every time.
		List<Triple> paths = shapes.find(Node.ANY, SHACL.path, Node.ANY).filterKeep((t) -> t.getObject().isURI()).toList()
			.stream().sorted(Comparator.comparing((Triple t) -> t.getSubject().toString())).toList();
		for (Triple t : paths) {
			Node shape = t.getSubject();
			Node path = t.getObject();
			merge(shapes, shape, anyClass.computeIfAbsent(path, (k) -> new Entry()));
			shapes.find(Node.ANY, SHACL.property, shape).forEachRemaining((owner) -> shapes
				.find(owner.getSubject(), SHACL.targetClass, Node.ANY)
				.forEachRemaining((target) -> merge(shapes, shape,
						byClass.computeIfAbsent(target.getObject(), (k) -> new HashMap<>()).computeIfAbsent(path, (k) -> new Entry()))));
		}
	}

	private static void merge(Graph shapes, Node shape, Entry entry) {
		shapes.find(shape, SHACL.name, Node.ANY).forEachRemaining((t) -> {
			if (t.getObject().isLiteral()) {
				entry.names.putIfAbsent(t.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT), t.getObject().getLiteralLexicalForm());
			}
		});
		shapes.find(shape, SHACL.order, Node.ANY).forEachRemaining((t) -> {
			if (t.getObject().isLiteral() && t.getObject().getLiteralValue() instanceof Number n) {
				entry.order = Math.min(entry.order, n.doubleValue());
			}
		});
	}

	/** The property's name for a subject of these classes, first letter in capitals ("Título"). */
	String name(Node property, Collection<Node> classes, Locale locale) {
		String lang = locale.getLanguage();
		for (Entry e : entries(property, classes)) {
			String name = inLanguage(e.names, lang);
			if (name != null && !name.isBlank()) {
				return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
			}
		}
		return prefixes.shortForm(property.getURI());
	}

	/** The property's {@code sh:order} for a subject of these classes; unordered ones come last. */
	double order(Node property, Collection<Node> classes) {
		return entries(property, classes).stream().mapToDouble((e) -> e.order).filter((o) -> o != Double.MAX_VALUE).findFirst()
			.orElse(Double.MAX_VALUE);
	}

	private List<Entry> entries(Node property, Collection<Node> classes) {
		List<Entry> classEntries = classes.stream().sorted(Comparator.comparing(Node::toString))
			.map((c) -> byClass.getOrDefault(c, Map.of()).get(property)).filter((e) -> e != null).toList();
		Entry any = anyClass.get(property);
		return any == null ? classEntries : Stream.concat(classEntries.stream(), Stream.of(any)).toList();
	}

	private static String inLanguage(Map<String, String> names, String lang) {
		if (names.containsKey(lang)) {
			return names.get(lang);
		}
		for (String l : FALLBACK_LANGUAGES) {
			if (names.containsKey(l)) {
				return names.get(l);
			}
		}
		return names.values().stream().sorted().findFirst().orElse(null);
	}

}
