package org.registro.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.registro.system.RegistryProperties;
import org.registro.vocabulary.Vocabularies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Validates one record against the configured shapes. The data graph is the record plus the
 * background knowledge (vocabularies, the types of known publishers), but focus nodes are taken
 * from the record alone: shapes targeting {@code skos:Concept} must judge the record's concepts,
 * not re-validate thousands of vocabulary entries on every write.
 */
@Component
public class RecordValidator {

	private static final Logger log = LoggerFactory.getLogger(RecordValidator.class);

	private final Shapes shapes;

	private final Graph vocabularies;

	/** Replaced, never changed in place, so a validation running meanwhile reads a stable graph. */
	private volatile Graph background;

	private final Set<Node> knownPublishers = ConcurrentHashMap.newKeySet();

	public RecordValidator(RegistryProperties properties, Vocabularies vocabularies, ResourceLoader loader) {
		this.shapes = Shapes.parse(loadShapes(properties.validation().shapes(), loader));
		this.vocabularies = vocabularies.graph();
		this.background = this.vocabularies;
	}

	/** The shapes in force, for components that read their form metadata (names, groups, order). */
	public Shapes shapes() {
		return shapes;
	}

	/** The publishers records may name: those published now. */
	public Set<Node> knownPublishers() {
		return Set.copyOf(knownPublishers);
	}

	public ValidationOutcome validate(Graph record) {
		Graph data = new Union(record, background);
		ValidationContext context = ValidationContext.create(shapes, data);
		for (Shape shape : shapes.getTargetShapes()) {
			for (Node focus : VLib.focusNodes(record, shape)) {
				VLib.validateShape(context, data, shape, focus);
			}
		}
		return new ValidationOutcome(context.generateReport());
	}

	/** Makes a publisher known (or unknown) to the {@code dct:publisher} class check. */
	public void publisherAvailable(Node publisher, boolean available) {
		if (available) {
			publishersAvailable(List.of(publisher));
		}
		else {
			synchronized (this) {
				if (knownPublishers.remove(publisher)) {
					rebuildBackground();
				}
			}
		}
	}

	/** Makes publishers known at once (start-up), rebuilding the background graph once. */
	public synchronized void publishersAvailable(Collection<Node> publishers) {
		if (knownPublishers.addAll(publishers)) {
			rebuildBackground();
		}
	}

	/** Caller holds the lock. */
	private void rebuildBackground() {
		Graph publishers = GraphFactory.createGraphMem();
		knownPublishers.forEach((p) -> publishers.add(Triple.create(p, RDF.type.asNode(), FOAF.Agent.asNode())));
		background = new Union(vocabularies, publishers);
	}

	/** A bare path means a file (relative to the working directory), not a servlet-context resource. */
	private static String withScheme(String location) {
		return location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") ? location : "file:" + location;
	}

	private static Graph loadShapes(Iterable<String> locations, ResourceLoader loader) {
		Graph g = GraphFactory.createDefaultGraph();
		for (String location : locations) {
			org.springframework.core.io.Resource r = loader.getResource(withScheme(location.strip()));
			try (InputStream in = r.getInputStream()) {
				RDFParser.source(in).lang(RDFLanguages.filenameToLang(location, RDFLanguages.TURTLE)).parse(g);
				log.info("Loaded shapes from {}", location);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read shapes from " + location, ex);
			}
		}
		return g;
	}

}
