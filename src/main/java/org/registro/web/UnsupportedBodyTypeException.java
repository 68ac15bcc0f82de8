package org.registro.web;

/** A body in a media type the write API does not read: 415. */
public class UnsupportedBodyTypeException extends RuntimeException {

	public UnsupportedBodyTypeException(String contentType) {
		super((contentType == null ? "The request has no Content-Type" : "Content-Type '" + contentType + "' is not supported")
				+ "; send text/turtle, application/ld+json, application/n-triples or application/rdf+xml");
	}

}
