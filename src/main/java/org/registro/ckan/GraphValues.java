package org.registro.ckan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.registro.web.RdfText;

/** Reads single values out of a record's graph the way ckanext-dcat does: the first one, Spanish text first. */
final class GraphValues {

	/** CKAN's timestamps: UTC without a zone, microseconds. */
	private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

	private final Graph graph;

	GraphValues(Graph graph) {
		this.graph = graph;
	}

	Graph graph() {
		return graph;
	}

	List<Node> objects(Node subject, Property p) {
		return graph.find(subject, p.asNode(), Node.ANY).mapWith((t) -> t.getObject()).toList();
	}

	/** A literal in Spanish, else without a language, else in any language. */
	String text(Node subject, Property p) {
		return RdfText.literal(graph, subject, p.asNode(), "es").orElse(null);
	}

	/** The first value as a string: an IRI, or a literal's lexical form. */
	String value(Node subject, Property p) {
		return values(subject, p).stream().findFirst().orElse(null);
	}

	/** Every IRI or literal value, sorted so that answers do not change from one request to the next. */
	List<String> values(Node subject, Property p) {
		return objects(subject, p).stream()
			.filter((n) -> n.isURI() || n.isLiteral())
			.map((n) -> n.isURI() ? n.getURI() : n.getLiteralLexicalForm())
			.sorted()
			.toList();
	}

	Optional<Node> node(Node subject, Property p) {
		return objects(subject, p).stream().filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).findFirst();
	}

	/** A literal's xsd:dateTime as CKAN writes timestamps. */
	String time(Node subject, Property p) {
		String v = value(subject, p);
		return v == null ? null : time(Instant.parse(v));
	}

	static String time(Instant t) {
		return t == null ? null : CKAN_TIME.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
	}

}
