package org.registro.outbound;

import java.net.URI;

/** A fetch that did not succeed, with a reason a report can put in words. */
public class OutboundException extends Exception {

	/** Why a fetch failed. */
	public enum Reason {
		/** Not an absolute http or https URL. */
		INVALID_URL,
		/** The host resolves to a private, loopback, link-local or otherwise local address that is not allowed. */
		FORBIDDEN_ADDRESS,
		/** The host name does not resolve. */
		UNKNOWN_HOST,
		/** No connection could be made, or it broke. */
		UNREACHABLE,
		/** No connection, or no more data, within the configured time. */
		TIMEOUT,
		/** The server answered with a status other than 2xx ({@link #status()}). */
		HTTP_STATUS,
		/** The body is larger than {@code registry.outbound.max-response-size}. */
		TOO_LARGE,
		/** More redirects than {@code registry.outbound.max-redirects}, or a redirect loop. */
		TOO_MANY_REDIRECTS
	}

	private final Reason reason;

	private final URI url;

	private final int status;

	public OutboundException(Reason reason, URI url, int status, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
		this.url = url;
		this.status = status;
	}

	public OutboundException(Reason reason, URI url, String message) {
		this(reason, url, 0, message, null);
	}

	public Reason reason() {
		return reason;
	}

	/** The URL that failed (after redirects, where one failed). */
	public URI url() {
		return url;
	}

	/** The HTTP status for {@link Reason#HTTP_STATUS}, else 0. */
	public int status() {
		return status;
	}

}
