package org.registro.steward;

import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.validation.Problem;

/**
 * A record's warnings as a steward reads them: each says which part it is about ("CSV 2026: …"),
 * since several distributions get the same advice.
 */
final class Warnings {

	/** One warning, and the part of the record it concerns (null for the record itself). */
	record Warning(String part, String message) {
	}

	private Warnings() {
	}

	static List<Warning> of(List<Problem> problems, Graph content, String recordIri, Locale locale) {
		return problems.stream().map((p) -> new Warning(part(p.focusNode(), content, recordIri, locale), p.message())).toList();
	}

	private static String part(String focus, Graph content, String recordIri, Locale locale) {
		if (focus == null || focus.equals(recordIri)) {
			return null;
		}
		Node node = NodeFactory.createURI(focus);
		List<Node> titles = content.find(node, DCTerms.title.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
		return titles.stream()
			.filter((t) -> t.getLiteralLanguage().equalsIgnoreCase(locale.getLanguage()))
			.findFirst()
			.or(() -> titles.stream().findFirst())
			.map(Node::getLiteralLexicalForm)
			.or(() -> content.find(node, DCAT.accessURL.asNode(), Node.ANY).nextOptional().map((t) -> t.getObject().toString()))
			.orElse(null);
	}

}
