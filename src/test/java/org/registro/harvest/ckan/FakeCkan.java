package org.registro.harvest.ckan;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.registro.support.MapOutbound;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** A CKAN package_search for tests: package dicts (JSON text) served by rows and start, with CKAN's envelope. */
final class FakeCkan {

	static final String SITE = "https://ckan.example.org";

	private FakeCkan() {
	}

	/** A small package dict of ours. */
	static String pkg(String id, String name, String title) {
		return """
				{"id": "%s", "name": "%s", "title": %s, "notes": "Notes of %s", "license_id": "cc-by",
				 "metadata_created": "2024-01-02T03:04:05.123456", "metadata_modified": "2025-06-07T08:09:10.654321",
				 "organization": {"name": "agency", "title": "The Agency"},
				 "tags": [{"name": "budget"}],
				 "resources": [{"id": "r-%s", "name": "CSV file", "url": "https://files.example.org/%s.csv", "format": "CSV"}],
				 "extras": []}
				""".formatted(id, name, title, name, id, name);
	}

	static String envelope(long count, List<String> results) {
		return "{\"help\": \"x\", \"success\": true, \"result\": {\"count\": " + count + ", \"sort\": \"id asc\", \"results\": ["
				+ String.join(",", results) + "]}}";
	}

	/** Answers package_search from {@code packages} by start and rows (at most {@code maxRows}), as CKAN does. */
	static Function<URI, MapOutbound.Answer> search(List<String> packages, int maxRows) {
		return (uri) -> {
			Map<String, String> q = query(uri);
			int start = Integer.parseInt(q.getOrDefault("start", "0"));
			int rows = Math.min(Integer.parseInt(q.getOrDefault("rows", "10")), maxRows);
			List<String> page = new ArrayList<>(packages.subList(Math.min(start, packages.size()), Math.min(start + rows, packages.size())));
			return MapOutbound.Answer.json(envelope(packages.size(), page));
		};
	}

	/** The decoded query parameters of a request. */
	static Map<String, String> query(URI uri) {
		Map<String, String> out = new java.util.LinkedHashMap<>();
		UriComponentsBuilder.fromUri(uri).build().getQueryParams()
			.forEach((k, v) -> out.put(k, UriUtils.decode(v.getFirst(), StandardCharsets.UTF_8)));
		return out;
	}

}
