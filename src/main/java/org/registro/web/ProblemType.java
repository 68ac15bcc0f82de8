package org.registro.web;

import java.net.URI;

/** The problem types the registry answers with; each URI is documented in docs/api.md. */
public final class ProblemType {

	private static final String BASE = "https://w3id.org/registro/problems/";

	public static final URI BAD_RDF = URI.create(BASE + "bad-rdf");

	public static final URI INVALID_RECORD = URI.create(BASE + "invalid-record");

	public static final URI VALIDATION = URI.create(BASE + "validation");

	public static final URI NOT_FOUND = URI.create(BASE + "not-found");

	public static final URI GONE = URI.create(BASE + "gone");

	public static final URI CONFLICT = URI.create(BASE + "conflict");

	public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");

	public static final URI TOO_LARGE = URI.create(BASE + "too-large");

	public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");

	public static final URI BAD_REQUEST = URI.create(BASE + "bad-request");

	public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");

	/** Authenticated, but not allowed to do this. */
	public static final URI FORBIDDEN = URI.create(BASE + "forbidden");

	/** Too many failed logins: wait (see {@code Retry-After}). */
	public static final URI TOO_MANY_REQUESTS = URI.create(BASE + "too-many-requests");

	public static final URI SERVER_ERROR = URI.create(BASE + "server-error");

	/** Try again later (see {@code Retry-After}). */
	public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");

	private ProblemType() {
	}

}
