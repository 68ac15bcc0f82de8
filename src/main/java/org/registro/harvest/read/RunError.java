package org.registro.harvest.read;

/**
 * A problem that stopped or cut short the reading of a source (not one record's).
 * @param url the URL being read
 * @param code a stable token: {@code fetch-failed} (with the outbound reason in the detail),
 * {@code syntax-error}, {@code wrong-content-type}, {@code page-loop}, {@code unexpected-shape}, …
 * @param detail the specifics in English
 */
public record RunError(String url, String code, String detail) {
}
