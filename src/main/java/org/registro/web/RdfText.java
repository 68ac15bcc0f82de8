package org.registro.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** Reading values for people out of a graph: literals in the reader's language, links that are safe to follow. */
public final class RdfText {

	private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "ftp");

	private RdfText() {
	}

	/** One literal: in {@code lang} if the graph has it, else Spanish, else untagged, else any. */
	public static Optional<String> literal(Graph g, Node s, Node p, String lang) {
		List<Node> literals = g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
		for (String wanted : new String[] { lang, "es", "" }) {
			for (Node l : literals) {
				if (l.getLiteralLanguage().equalsIgnoreCase(wanted)) {
					return Optional.of(l.getLiteralLexicalForm());
				}
			}
		}
		return literals.stream().findFirst().map(Node::getLiteralLexicalForm);
	}

	/** All literals in the best available language (keywords are repeated per language). */
	public static List<String> literals(Graph g, Node s, Node p, String lang) {
		List<Node> all = g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
		for (String wanted : new String[] { lang, "es", "" }) {
			List<String> inLang = all.stream().filter((l) -> l.getLiteralLanguage().equalsIgnoreCase(wanted)).map(Node::getLiteralLexicalForm).sorted().toList();
			if (!inLang.isEmpty()) {
				return inLang;
			}
		}
		return all.stream().map(Node::getLiteralLexicalForm).sorted().toList();
	}

	public static List<Node> objects(Graph g, Node s, Node p) {
		List<Node> out = new ArrayList<>(g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList());
		out.sort((a, b) -> a.toString().compareTo(b.toString()));
		return out;
	}

	public static Optional<Node> object(Graph g, Node s, Node p) {
		return objects(g, s, p).stream().findFirst();
	}

	/** The IRI as a link target when its scheme is safe to put in an href (never {@code javascript:}). */
	public static String safeHref(Node n) {
		if (n == null || !n.isURI()) {
			return null;
		}
		String iri = n.getURI();
		int colon = iri.indexOf(':');
		return colon > 0 && LINK_SCHEMES.contains(iri.substring(0, colon).toLowerCase()) ? iri : null;
	}

	/** A value as text: a literal's lexical form or an IRI. */
	public static String text(Node n) {
		if (n == null) {
			return null;
		}
		return n.isLiteral() ? n.getLiteralLexicalForm() : (n.isURI() ? n.getURI() : n.toString());
	}

}
