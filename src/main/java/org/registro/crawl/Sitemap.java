package org.registro.crawl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.registro.record.CatalogEntries;
import org.registro.store.RecordStore;
import org.registro.store.SparqlFiles;
import org.registro.system.RegistryProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The URLs of the public pages (the catalog, every published dataset and publisher), read again
 * when the public data changes, and cut into files of at most {@link #MAX_URLS} as the sitemap
 * protocol requires; with more than one file, {@code /sitemap.xml} is an index of them.
 */
@Component
class Sitemap {

	/** The sitemap protocol's limit of URLs per file. */
	static final int MAX_URLS = 50_000;

	/** A page and when its record last changed (null when unknown). */
	record Url(String loc, Instant lastmod) {
	}

	/** The URLs at one version of the public data, split into parts of {@code limit}. */
	record Snapshot(long version, List<Url> urls, int limit, String tag) {

		int parts() {
			return Math.max(1, (urls.size() + limit - 1) / limit);
		}

		/** Part {@code n}, counted from 1. */
		List<Url> part(int n) {
			return urls.subList((n - 1) * limit, Math.min(urls.size(), n * limit));
		}

	}

	private final RecordStore store;

	private final Node catalog;

	private final int limit;

	private volatile Snapshot latest;

	@Autowired
	Sitemap(RecordStore store, RegistryProperties properties) {
		this(store, properties, MAX_URLS);
	}

	/** With a smaller limit, so that a test can reach the index without 50,000 records. */
	Sitemap(RecordStore store, RegistryProperties properties, int limit) {
		this.store = store;
		this.catalog = NodeFactory.createURI(new CatalogEntries(properties.baseUri()).catalogIri());
		this.limit = limit;
	}

	Snapshot current() {
		Snapshot known = latest;
		if (known != null && known.version() == store.publicVersion()) {
			return known;
		}
		synchronized (this) {
			long version = store.publicVersion();
			if (latest == null || latest.version() != version) {
				latest = read(version);
			}
			return latest;
		}
	}

	private Snapshot read(long version) {
		// Sorted by URL so that the parts keep their pages from one version to the next.
		Map<String, Instant> pages = store.readPublic((dsg) -> {
			Map<String, Instant> found = new TreeMap<>();
			QueryExec.dataset(dsg).query(SparqlFiles.query("sitemap-pages")).substitution("catalog", catalog).select()
				.forEachRemaining((row) -> {
					// Not merge(): a page without a date keeps a null value.
					String page = row.get("page").getURI();
					found.put(page, later(found.get(page), lastmod(row.get("modified"))));
				});
			return found;
		});
		List<Url> urls = new ArrayList<>(pages.size() + 1);
		urls.add(new Url(catalog.getURI(), pages.values().stream().reduce(null, Sitemap::later)));
		pages.forEach((loc, modified) -> urls.add(new Url(loc, modified)));
		return new Snapshot(version, List.copyOf(urls), limit, tag(urls));
	}

	/** The catalog record's dct:modified, to the second (W3C Datetime, as sitemaps want). */
	private static Instant lastmod(Node modified) {
		if (modified == null || !modified.isLiteral()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(modified.getLiteralLexicalForm()).toInstant().truncatedTo(ChronoUnit.SECONDS);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Instant later(Instant a, Instant b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}

	/** Changes with the content of any part (ETag), and stays the same across restarts when nothing changed. */
	private String tag(List<Url> urls) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(Integer.toString(limit).getBytes(StandardCharsets.UTF_8));
			urls.forEach((u) -> digest.update(("\n" + u.loc() + " " + u.lastmod()).getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
