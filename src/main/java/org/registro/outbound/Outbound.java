package org.registro.outbound;

import java.net.URI;
import java.util.Map;

/**
 * Every request the registry makes to another server goes through here, so one rule decides what
 * may be fetched (see {@code registry.outbound}): only {@code http}/{@code https}, never a local
 * address unless allowed, redirects checked again, a size cap, timeouts, and politeness per host.
 */
public interface Outbound {

	/**
	 * Fetches {@code url} with GET and hands the body to {@code reader} as a stream (never buffered
	 * whole). A status other than 2xx is an {@link OutboundException} and the reader is not called.
	 * @param headers extra request headers (for instance an API key a source needs)
	 * @param accept the {@code Accept} header
	 * @throws OutboundException when the URL may not be fetched, the server cannot be reached, does
	 * not answer in time, answers with an error status or sends more than the size cap; also when
	 * the body stream failed while the reader read it, whatever the reader then threw or returned
	 * @throws java.io.UncheckedIOException wrapping an {@link java.io.IOException} the reader threw
	 * for its own reasons (a parse error); a {@link RuntimeException} the reader throws propagates
	 * unchanged
	 */
	<T> T get(URI url, Map<String, String> headers, String accept, BodyReader<T> reader) throws OutboundException;

	/**
	 * Checks that {@code url} may be fetched (scheme and resolved addresses), without fetching it.
	 * @throws OutboundException with {@link OutboundException.Reason#INVALID_URL},
	 * {@link OutboundException.Reason#FORBIDDEN_ADDRESS} or {@link OutboundException.Reason#UNKNOWN_HOST}
	 */
	void check(URI url) throws OutboundException;

}
