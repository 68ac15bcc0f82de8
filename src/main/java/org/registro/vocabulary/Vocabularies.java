package org.registro.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The controlled vocabularies shipped under {@code vocabularies/} (compact SKOS derived from the EU
 * authority tables plus our own additions), held in memory: background knowledge for validation
 * and the source of human-readable labels.
 */
@Component
public class Vocabularies {

	private static final Logger log = LoggerFactory.getLogger(Vocabularies.class);

	private final Graph graph;

	private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();

	public Vocabularies() {
		this.graph = load("classpath*:vocabularies/**/*.ttl");
		graph.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining((t) -> {
			if (t.getSubject().isURI() && t.getObject().isLiteral()) {
				labels.computeIfAbsent(t.getSubject().getURI(), (k) -> new ConcurrentHashMap<>())
					.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
			}
		});
		log.info("Loaded {} vocabulary triples, {} labelled concepts", graph.size(), labels.size());
	}

	/** All vocabulary triples; read-only by convention. */
	public Graph graph() {
		return graph;
	}

	/** The preferred label of a concept in the given language, else Spanish, else English, else any. */
	public Optional<String> label(String iri, String lang) {
		Map<String, String> byLang = labels.get(iri);
		if (byLang == null) {
			return Optional.empty();
		}
		for (String l : new String[] { lang, "es", "en", "" }) {
			if (byLang.containsKey(l)) {
				return Optional.of(byLang.get(l));
			}
		}
		return byLang.values().stream().findFirst();
	}

	public boolean isConcept(String iri) {
		return graph.contains(NodeFactory.createURI(iri), SKOS.inScheme.asNode(), Node.ANY);
	}

	private static Graph load(String pattern) {
		Graph g = GraphFactory.createDefaultGraph();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				try (InputStream in = r.getInputStream()) {
					RDFParser.source(in).lang(Lang.TURTLE).parse(g);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the vocabularies", ex);
		}
		return g;
	}

}
