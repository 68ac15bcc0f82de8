package org.registro.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.record.CatalogEntries;
import org.registro.record.RecordState;

/**
 * What the index knows of one dataset, read from its public graph (or its tombstone).
 *
 * @param name the record id (CKAN's {@code name})
 * @param iri the record's location ({@code {base}/dataset/{id}}): its graph and page
 * @param subject the dataset's IRI: the location, or the source's IRI for a harvested dataset
 * @param modified when this version was published (the catalog record's dct:modified), or when it
 * was withdrawn
 * @param created when it was first published (the catalog record's dct:issued)
 * @param withdrawn true for a dataset withdrawn after publication
 * @param titles title per language tag ("" for none); the same for descriptions
 */
public record DatasetFacts(String name, String iri, String subject, Instant modified, Instant created, boolean withdrawn, String publisher,
		Set<String> themes, Set<String> keywords, Set<String> formats, Set<String> licenses, Map<String, String> titles,
		Map<String, String> descriptions) {

	/**
	 * The facts of a published dataset's public graph.
	 * @throws IllegalArgumentException when its catalog record has no readable modification time
	 */
	public static DatasetFacts of(String name, String iri, Graph graph) {
		Node dataset = CatalogEntries.subjectOf(graph, iri);
		Node record = NodeFactory.createURI(CatalogEntries.recordIri(iri));
		Set<String> formats = new LinkedHashSet<>();
		Set<String> licenses = new LinkedHashSet<>(iris(graph, dataset, DCTerms.license.asNode()));
		graph.find(dataset, DCAT.distribution.asNode(), Node.ANY).forEachRemaining((t) -> {
			formats.addAll(iris(graph, t.getObject(), DCTerms.format.asNode()));
			licenses.addAll(iris(graph, t.getObject(), DCTerms.license.asNode()));
		});
		Set<String> keywords = new LinkedHashSet<>();
		graph.find(dataset, DCAT.keyword.asNode(), Node.ANY)
			.filterKeep((t) -> t.getObject().isLiteral())
			.forEachRemaining((t) -> keywords.add(t.getObject().getLiteralLexicalForm()));
		Instant modified = instant(graph, record, DCTerms.modified.asNode());
		Instant created = instant(graph, record, DCTerms.issued.asNode());
		if (modified == null) {
			throw new IllegalArgumentException("the dataset's catalog record has no dct:modified");
		}
		return new DatasetFacts(name, iri, dataset.getURI(), modified, created == null ? modified : created, false,
				iris(graph, dataset, DCTerms.publisher.asNode()).stream().findFirst().orElse(null),
				iris(graph, dataset, DCAT.theme.asNode()), keywords, formats, licenses,
				texts(graph, dataset, DCTerms.title.asNode()), texts(graph, dataset, DCTerms.description.asNode()));
	}

	/** The facts of a dataset withdrawn after publication: when it went, and whose it was. */
	public static DatasetFacts withdrawn(String iri, RecordState state) {
		return new DatasetFacts(state.ref().id(), iri, state.summary().subject(iri), state.withdrawn(),
				state.firstPublished() == null ? state.withdrawn() : state.firstPublished(), true, state.summary().publisher(),
				Set.of(), Set.of(), Set.of(), Set.of(), state.summary().titles(), Map.of());
	}

	/** The title in the language, else Spanish, else any; the name when there is none. */
	public String title(String lang) {
		return pick(titles, lang, name);
	}

	static String pick(Map<String, String> byLang, String lang, String fallback) {
		String t = byLang.get(lang);
		if (t == null) {
			t = byLang.get("es");
		}
		if (t == null && !byLang.isEmpty()) {
			t = byLang.values().iterator().next();
		}
		return t != null ? t : fallback;
	}

	private static Set<String> iris(Graph graph, Node subject, Node property) {
		Set<String> out = new LinkedHashSet<>();
		graph.find(subject, property, Node.ANY).filterKeep((t) -> t.getObject().isURI()).forEachRemaining((t) -> out.add(t.getObject().getURI()));
		return out;
	}

	private static Map<String, String> texts(Graph graph, Node subject, Node property) {
		Map<String, String> out = new LinkedHashMap<>();
		graph.find(subject, property, Node.ANY)
			.filterKeep((t) -> t.getObject().isLiteral())
			.forEachRemaining((t) -> out.putIfAbsent(t.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT),
					t.getObject().getLiteralLexicalForm()));
		return out;
	}

	private static Instant instant(Graph graph, Node subject, Node property) {
		return graph.find(subject, property, Node.ANY)
			.filterKeep((t) -> t.getObject().isLiteral())
			.nextOptional()
			.map((t) -> Instant.parse(t.getObject().getLiteralLexicalForm()))
			.orElse(null);
	}

}
