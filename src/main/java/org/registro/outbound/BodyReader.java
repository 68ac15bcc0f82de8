package org.registro.outbound;

import java.io.IOException;
import java.io.InputStream;

/** Reads a response body as it arrives. */
@FunctionalInterface
public interface BodyReader<T> {

	/**
	 * @param body the body, capped: reading past {@code registry.outbound.max-response-size} throws,
	 * and the fetch then fails with {@link OutboundException.Reason#TOO_LARGE}
	 */
	T read(FetchedResponse response, InputStream body) throws IOException;

}
