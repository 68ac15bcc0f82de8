package org.registro.harvest;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.harvest.mapping.ValueTables;

/**
 * Controlled values that sources often write as text, turned into what DCAT-AP expects, for every
 * source type; each change is told so the report can say it:
 * <ul>
 * <li>a {@code dct:language} written as a language code ({@code "es"}, {@code "spa"}, {@code "es-MX"})
 * becomes the EU language it names;</li>
 * <li>a {@code dcat:theme} written as text becomes the EU data theme when it is one's code, else a
 * keyword (DCAT-AP themes are concepts; the word is still worth keeping and searching).</li>
 * </ul>
 * Anything else written as text where an IRI belongs is left for validation to report.
 */
final class ValueRepairs {

	private final ValueTables tables;

	ValueRepairs(ValueTables tables) {
		this.tables = tables;
	}

	List<String> repair(Graph g) {
		List<String> notes = new ArrayList<>();
		for (Triple t : g.find(Node.ANY, DCTerms.language.asNode(), Node.ANY).filterKeep((t) -> t.getObject().isLiteral()).toList()) {
			String code = t.getObject().getLiteralLexicalForm().strip();
			language(code).ifPresent((iri) -> {
				g.delete(t);
				g.add(Triple.create(t.getSubject(), t.getPredicate(), iri));
				notes.add("dct:language \"" + code + "\" was text; it is taken as the EU language <" + iri.getURI() + ">");
			});
		}
		for (Triple t : g.find(Node.ANY, DCAT.theme.asNode(), Node.ANY).filterKeep((t) -> t.getObject().isLiteral()).toList()) {
			Node text = t.getObject();
			g.delete(t);
			Optional<Node> theme = tables.dataTheme(text.getLiteralLexicalForm());
			if (theme.isPresent()) {
				g.add(Triple.create(t.getSubject(), t.getPredicate(), theme.get()));
				notes.add("dcat:theme \"" + text.getLiteralLexicalForm() + "\" was text; it is taken as the EU data theme <" + theme.get().getURI() + ">");
			}
			else {
				g.add(Triple.create(t.getSubject(), DCAT.keyword.asNode(), NodeFactory.createLiteralLang(text.getLiteralLexicalForm(),
						text.getLiteralLanguage())));
				notes.add("dcat:theme \"" + text.getLiteralLexicalForm() + "\" is not an EU data theme; it is kept as a keyword");
			}
		}
		return notes;
	}

	private Optional<Node> language(String code) {
		if (code.matches("[A-Za-z]{3}")) {
			return tables.language(code);
		}
		if (!code.matches("[A-Za-z]{2}([-_][A-Za-z0-9]{2,8})*")) {
			return Optional.empty();
		}
		try {
			String three = new Locale.Builder().setLanguageTag(code.replace('_', '-')).build().getISO3Language();
			return three.isEmpty() ? Optional.empty() : tables.language(three);
		}
		catch (IllformedLocaleException | MissingResourceException ex) {
			return Optional.empty();
		}
	}

}
