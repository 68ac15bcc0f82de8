package org.registro.form;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Reads the values of a form from a record graph. A field manages only the objects that fit its
 * kind ({@link #managed}); the others (a literal where a link is expected, a blank node where
 * text is expected) are not shown and are kept as they are on save.
 */
final class GraphReader {

	/** Nested items deeper than this are not read (a record does not nest that deep; guards cycles). */
	private static final int MAX_DEPTH = 6;

	private GraphReader() {
	}

	static FormValues read(Graph graph, Node subject, FormSpec spec) {
		FormValues values = new FormValues(spec, NodeIds.id(subject));
		fill(graph, subject, values, 0);
		return values;
	}

	private static void fill(Graph graph, Node subject, FormValues values, int depth) {
		for (FieldSpec f : values.spec().managedFields()) {
			for (Node o : managed(graph, subject, f)) {
				switch (f.kind()) {
					case MULTILINGUAL_TEXT -> values.add(f.key(), o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT), o.getLiteralLexicalForm());
					case NESTED -> {
						FormValues item = new FormValues(f.nested(), NodeIds.id(o));
						if (depth < MAX_DEPTH) {
							fill(graph, o, item, depth + 1);
						}
						values.addItem(f.key(), item);
					}
					default -> values.add(f.key(), o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI());
				}
			}
		}
	}

	/** The objects of {@code (subject, path)} that the field shows and replaces, in a stable order. */
	static List<Node> managed(Graph graph, Node subject, FieldSpec f) {
		return graph.find(subject, f.pathNode(), Node.ANY).mapWith(Triple::getObject).filterKeep((o) -> fits(f, o)).toList()
			.stream().sorted(Comparator.comparing(GraphReader::sortKey)).toList();
	}

	static boolean fits(FieldSpec f, Node o) {
		return switch (f.kind()) {
			case MULTILINGUAL_TEXT -> o.isLiteral() && Texts.LANGUAGES.contains(o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT));
			case TEXT, DATE, NUMBER -> o.isLiteral();
			case URL, CHOICE, PUBLISHER -> o.isURI();
			case NESTED -> o.isURI() || o.isBlank();
			default -> false;
		};
	}

	private static String sortKey(Node o) {
		return o.isLiteral() ? o.getLiteralLexicalForm() : NodeIds.id(o);
	}

}
