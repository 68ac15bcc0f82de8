package org.registro.harvest;

import java.util.Map;

/**
 * How a source is read.
 * @param pageSize records asked per page where the source pages on request (CKAN), and records
 * handed on per chunk of a dump
 * @param headers extra HTTP headers sent with every request (e.g. an API key)
 * @param format a media type overriding the one the source sends (DCAT), or null
 * @param validation what to do with records that have violations
 */
public record SourceOptions(int pageSize, Map<String, String> headers, String format, ValidationMode validation) {

	public static final int DEFAULT_PAGE_SIZE = 100;

	public static final int MAX_PAGE_SIZE = 1000;

	public static final SourceOptions DEFAULTS = new SourceOptions(DEFAULT_PAGE_SIZE, Map.of(), null, ValidationMode.REJECT);

	public SourceOptions {
		headers = Map.copyOf(headers);
	}

}
