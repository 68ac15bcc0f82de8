package org.registro.history;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.registro.vocabulary.Vocabularies;

/**
 * A value as people read it: text with its language in brackets ("Salud (es)"), typed literals
 * (dates, numbers) by their lexical form, which for dates is the ISO form, vocabulary concepts by
 * their label, agents by the {@code foaf:name} the compared graphs give them, other IRIs as they are.
 */
final class ValueText {

	private final Vocabularies vocabularies;

	/** Names of the registry's own records (publishers) by IRI and locale. */
	private final BiFunction<String, Locale, Optional<String>> recordNames;

	ValueText(Vocabularies vocabularies, BiFunction<String, Locale, Optional<String>> recordNames) {
		this.vocabularies = vocabularies;
		this.recordNames = recordNames;
	}

	String text(Node value, Graph before, Graph after, Locale locale) {
		if (value.isLiteral()) {
			String lang = value.getLiteralLanguage();
			return lang.isEmpty() ? value.getLiteralLexicalForm() : value.getLiteralLexicalForm() + " (" + lang + ")";
		}
		if (value.isURI()) {
			String lang = locale.getLanguage();
			return vocabularies.label(value.getURI(), lang)
				.or(() -> name(after, value, lang))
				.or(() -> name(before, value, lang))
				.or(() -> recordNames.apply(value.getURI(), locale))
				.orElse(value.getURI());
		}
		return value.toString();
	}

	/** The agent's name in the reader's language, else an untagged one, else any (sorted, so stable). */
	private static Optional<String> name(Graph g, Node agent, String lang) {
		var names = g.find(agent, FOAF.name.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
		for (String wanted : new String[] { lang, "" }) {
			Optional<String> match = names.stream().filter((n) -> n.getLiteralLanguage().equalsIgnoreCase(wanted))
				.map(Node::getLiteralLexicalForm).sorted().findFirst();
			if (match.isPresent()) {
				return match;
			}
		}
		return names.stream().map(Node::getLiteralLexicalForm).sorted().findFirst();
	}

}
