package org.registro.record;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.sparql.vocabulary.FOAF;

/** A kind of record: its URI path segment and the class of the resource it describes. */
public enum RecordKind {

	DATASET("dataset", DCAT.Dataset), PUBLISHER("publisher", FOAF.Agent, FOAF.Organization, FOAF.Person, FOAF.Group);

	private final String segment;

	private final Resource type;

	private final List<Resource> subtypes;

	RecordKind(String segment, Resource type, Resource... subtypes) {
		this.segment = segment;
		this.type = type;
		this.subtypes = List.of(subtypes);
	}

	/** The path segment in resource URIs, e.g. {@code dataset} in {@code /dataset/{id}}. */
	public String segment() {
		return segment;
	}

	/** The RDF class a record of this kind must describe exactly one instance of. */
	public Resource type() {
		return type;
	}

	/**
	 * Subclasses of {@link #type()} a body may use instead (an agency is naturally written as a
	 * {@code foaf:Organization}); the record then also gets the type itself.
	 */
	public List<Resource> subtypes() {
		return subtypes;
	}

	/** The plural path segment of collections in the API and the pages, e.g. {@code datasets}. */
	public String collection() {
		return segment + "s";
	}

	/** The kind whose {@link #collection()} this is; callers' path patterns only admit known ones. */
	public static RecordKind fromCollection(String collection) {
		return Arrays.stream(values()).filter((k) -> k.collection().equals(collection)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No record kind '" + collection + "'"));
	}

	public static Optional<RecordKind> fromSegment(String segment) {
		return Arrays.stream(values()).filter((k) -> k.segment.equals(segment)).findFirst();
	}

}
