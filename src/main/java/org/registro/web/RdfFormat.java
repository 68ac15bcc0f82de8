package org.registro.web;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.springframework.http.MediaType;

/** The RDF serializations the registry reads and writes, with their media type and URI suffix. */
public enum RdfFormat {

	TURTLE("text/turtle", "ttl", Lang.TURTLE, "Turtle"), JSONLD("application/ld+json", "jsonld", Lang.JSONLD, "JSON-LD"),
	RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, "RDF/XML"), NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, "N-Triples");

	private final MediaType mediaType;

	private final String suffix;

	private final Lang lang;

	private final String label;

	RdfFormat(String mediaType, String suffix, Lang lang, String label) {
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.suffix = suffix;
		this.lang = lang;
		this.label = label;
	}

	/** The name people know the format by. */
	public String label() {
		return label;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	public String suffix() {
		return suffix;
	}

	public Lang lang() {
		return lang;
	}

	public static Optional<RdfFormat> fromSuffix(String suffix) {
		return Arrays.stream(values()).filter((f) -> f.suffix.equals(suffix)).findFirst();
	}

	/** The format for a request body's media type (parameters such as charset ignored). */
	public static Optional<RdfFormat> fromMediaType(MediaType type) {
		return Arrays.stream(values()).filter((f) -> f.mediaType.equalsTypeAndSubtype(type)).findFirst();
	}

}
