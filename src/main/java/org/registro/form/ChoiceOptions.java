package org.registro.form;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.SKOS;

/** The options of a choice field: the concepts of its schemes, labelled per UI language and sorted. */
final class ChoiceOptions {

	private final Graph concepts;

	ChoiceOptions(Graph concepts) {
		this.concepts = concepts;
	}

	/**
	 * The concepts of the given schemes that a steward can choose: labelled in Spanish or English
	 * and not deprecated. (The EU language table has about 8,000 codes, most without such a
	 * label; a stored value outside the options is still shown, as itself.)
	 */
	Map<String, List<Option>> ofSchemes(Collection<String> schemes) {
		Set<String> iris = new LinkedHashSet<>();
		for (String scheme : schemes) {
			concepts.find(Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(scheme))
				.mapWith(Triple::getSubject)
				.filterKeep((c) -> c.isURI() && choosable(c))
				.forEachRemaining((c) -> iris.add(c.getURI()));
		}
		return labelled(iris);
	}

	private boolean choosable(Node concept) {
		if (concepts.contains(concept, OWL2.deprecated.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean))) {
			return false;
		}
		return concepts.find(concept, SKOS.prefLabel.asNode(), Node.ANY)
			.filterKeep((t) -> t.getObject().isLiteral() && Texts.LANGUAGES.contains(t.getObject().getLiteralLanguage()))
			.hasNext();
	}

	/** The given IRIs (an {@code sh:in} list), labelled from the vocabularies or by their local name. */
	Map<String, List<Option>> labelled(Collection<String> iris) {
		Map<String, List<Option>> byLang = new HashMap<>();
		for (String lang : Texts.LANGUAGES) {
			List<Option> options = new ArrayList<>();
			for (String iri : iris) {
				options.add(new Option(iri, label(iri, lang)));
			}
			Collator collator = Collator.getInstance(Locale.of(lang));
			options.sort(Comparator.comparing(Option::label, collator));
			byLang.put(lang, List.copyOf(options));
		}
		return Map.copyOf(byLang);
	}

	private String label(String iri, String lang) {
		Map<String, String> labels = new HashMap<>();
		concepts.find(NodeFactory.createURI(iri), SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining((t) -> {
			if (t.getObject().isLiteral()) {
				labels.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
			}
		});
		return Texts.pick(labels, lang, localName(iri));
	}

	private static String localName(String iri) {
		return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
	}

}
