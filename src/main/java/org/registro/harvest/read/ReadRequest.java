package org.registro.harvest.read;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * One run's reading of a source.
 * @param url the source's URL (a DCAT document or first page, a CKAN site's root or API URL, a data.json)
 * @param headers extra HTTP headers sent with every request
 * @param pageSize records per page asked of sources that page on request (CKAN {@code rows})
 * @param format a media type that overrides the {@code Content-Type} the source sends, or null
 * @param modifiedSince for an incremental run, only records changed since then are needed (sources
 * that can filter do); null for a complete run
 */
public record ReadRequest(URI url, Map<String, String> headers, int pageSize, String format, Instant modifiedSince) {

	public ReadRequest {
		headers = Map.copyOf(headers);
	}

}
