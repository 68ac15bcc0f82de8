package org.registro.web;

import org.springframework.http.MediaType;

/** What a response will be: an HTML page, an RDF serialization, or problem details. */
public record Representation(MediaType mediaType, RdfFormat rdf) {

	public static final Representation HTML = new Representation(MediaType.TEXT_HTML, null);

	public static final Representation PROBLEM = new Representation(MediaType.APPLICATION_PROBLEM_JSON, null);

	public static Representation of(RdfFormat format) {
		return new Representation(format.mediaType(), format);
	}

	public boolean isHtml() {
		return this.equals(HTML);
	}

	public boolean isRdf() {
		return rdf != null;
	}

	/** A short key for ETags, so each representation of a resource has its own. */
	public String key() {
		return rdf != null ? rdf.suffix() : (isHtml() ? "html" : "json");
	}

}
