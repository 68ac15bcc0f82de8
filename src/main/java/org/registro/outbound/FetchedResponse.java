package org.registro.outbound;

import java.net.URI;

/**
 * What is known of a response before its body is read.
 * @param url the URL that answered, after redirects (the base for relative IRIs in the body)
 * @param status the HTTP status (2xx)
 * @param mediaType the {@code Content-Type} without parameters, lowercased; null when absent
 * @param charset the {@code charset} parameter, or null
 * @param length the {@code Content-Length}, or -1
 */
public record FetchedResponse(URI url, int status, String mediaType, String charset, long length) {
}
