package org.registro.outbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * Loads remote JSON-LD documents (contexts) for Titanium through {@link Outbound}, so they obey the
 * same rule as every other request. Documents are small (at most {@value #MAX_BYTES} bytes) and
 * kept in memory: at most {@value #MAX_ENTRIES}, for a day; a failure is remembered for five
 * minutes, so that a harvest of many records naming one unreachable context waits for it once.
 */
final class OutboundDocumentLoader implements DocumentLoader {

	static final int MAX_BYTES = 1024 * 1024;

	static final int MAX_ENTRIES = 100;

	private static final long TTL = Duration.ofDays(1).toNanos();

	private static final long FAILURE_TTL = Duration.ofMinutes(5).toNanos();

	private static final String ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1";

	private final Outbound outbound;

	private final Map<URI, Cached> cache = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<URI, Cached> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	OutboundDocumentLoader(Outbound outbound) {
		this.outbound = outbound;
	}

	@Override
	public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
		Cached entry = cached(url);
		if (entry == null) {
			entry = fetch(url);
			synchronized (cache) {
				cache.put(url, entry);
			}
		}
		if (entry.failure() != null) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, entry.failure());
		}
		return entry.document();
	}

	private Cached cached(URI url) {
		synchronized (cache) {
			Cached entry = cache.get(url);
			if (entry != null && System.nanoTime() - entry.expires() > 0) {
				cache.remove(url);
				return null;
			}
			return entry;
		}
	}

	private Cached fetch(URI url) {
		try {
			Document document = outbound.get(url, Map.of(), ACCEPT, (response, body) -> {
				byte[] bytes = body.readNBytes(MAX_BYTES + 1);
				if (bytes.length > MAX_BYTES) {
					throw new IOException("it is larger than " + MAX_BYTES + " bytes");
				}
				try {
					Document parsed = JsonDocument.of(new ByteArrayInputStream(bytes));
					// Relative references inside it resolve against where it was found, after redirects.
					parsed.setDocumentUrl(response.url());
					return parsed;
				}
				catch (JsonLdError ex) {
					throw new IOException("it is not JSON", ex);
				}
			});
			return new Cached(document, null, System.nanoTime() + TTL);
		}
		catch (OutboundException ex) {
			return failure(url, ex.getMessage());
		}
		catch (UncheckedIOException ex) {
			return failure(url, ex.getCause().getMessage());
		}
	}

	private static Cached failure(URI url, String why) {
		return new Cached(null, "The JSON-LD document " + url + " was not loaded: " + why, System.nanoTime() + FAILURE_TTL);
	}

	private record Cached(Document document, String failure, long expires) {
	}

}
