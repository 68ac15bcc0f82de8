package org.registro.harvest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.registro.vocabulary.EuAuthority;
import org.registro.vocabulary.Vocabularies;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Source values to vocabulary IRIs: licence names, frequencies and access levels through the
 * hand-written tables in {@code harvest/*.ttl}; file formats, languages, data themes and codes of
 * those schemes through the notations of the EU tables the registry ships. Names are compared
 * without case, with runs of spaces as one.
 */
@Component
public class ValueTables {

	private final Map<String, Node> licences = table("harvest/licences.ttl");

	private final Map<String, Node> frequencies = table("harvest/frequencies.ttl");

	private final Map<String, Node> accessRights = table("harvest/access-rights.ttl");

	private final Map<Resource, Map<String, Node>> notations = new HashMap<>();

	public ValueTables(Vocabularies vocabularies) {
		Graph g = vocabularies.graph();
		for (Resource scheme : new Resource[] { EuAuthority.FileType, EuAuthority.Language, EuAuthority.DataTheme,
				EuAuthority.Frequency, EuAuthority.AccessRight }) {
			Map<String, Node> codes = new HashMap<>();
			g.find(Node.ANY, SKOS.inScheme.asNode(), scheme.asNode()).forEachRemaining((t) -> g
				.find(t.getSubject(), SKOS.notation.asNode(), Node.ANY)
				.forEachRemaining((n) -> codes.put(key(n.getObject().getLiteralLexicalForm()), t.getSubject())));
			notations.put(scheme, Map.copyOf(codes));
		}
	}

	/** A licence: its IRI when given one, else the IRI a known name stands for. */
	public Optional<Node> licence(String value) {
		return Iris.web(value).or(() -> lookup(licences, value));
	}

	/** An update frequency: an IRI, an ISO 8601 repeating duration or word from the table, or an EU code. */
	public Optional<Node> frequency(String value) {
		return Iris.web(value).or(() -> lookup(frequencies, value)).or(() -> code(EuAuthority.Frequency, value));
	}

	/** An access right: an IRI, an access level from the table, or an EU code. */
	public Optional<Node> accessRight(String value) {
		return Iris.web(value).or(() -> lookup(accessRights, value)).or(() -> code(EuAuthority.AccessRight, value));
	}

	/** The EU file type whose code is the label ("CSV", "xls", ".json"). */
	public Optional<Node> fileType(String label) {
		return label == null ? Optional.empty() : code(EuAuthority.FileType, label.strip().replaceFirst("^\\.", ""));
	}

	/** The EU language of a three-letter code ("spa"), or a language IRI. */
	public Optional<Node> language(String value) {
		return Iris.web(value).or(() -> code(EuAuthority.Language, value));
	}

	/** An EU data theme, by its IRI or its code ("econ"); nothing for other themes. */
	public Optional<Node> dataTheme(String value) {
		Map<String, Node> themes = notations.get(EuAuthority.DataTheme);
		return Iris.web(value).filter(themes::containsValue).or(() -> code(EuAuthority.DataTheme, value));
	}

	private Optional<Node> code(Resource scheme, String value) {
		return lookup(notations.get(scheme), value == null ? null : value.strip().replace(' ', '_'));
	}

	private static Optional<Node> lookup(Map<String, Node> table, String value) {
		return value == null ? Optional.empty() : Optional.ofNullable(table.get(key(value)));
	}

	private static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static Map<String, Node> table(String path) {
		Graph g = GraphFactory.createDefaultGraph();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(g);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
		Map<String, Node> out = new HashMap<>();
		g.find(Node.ANY, SKOS.hiddenLabel.asNode(), Node.ANY)
			.forEachRemaining((t) -> out.put(key(t.getObject().getLiteralLexicalForm()), t.getSubject()));
		return Map.copyOf(out);
	}

}
