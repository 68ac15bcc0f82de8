package org.registro.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client for tests that talk to a server on a random port. */
public final class Http {

	private final HttpClient client = HttpClient.newHttpClient();

	private final String root;

	public Http(int port) {
		this.root = "http://127.0.0.1:" + port;
	}

	public String root() {
		return root;
	}

	/** {@code path?name=value&…}, each value URL-encoded. */
	public static String query(String path, Map<String, String> params) {
		return path + "?" + params.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	public HttpResponse<String> get(String pathAndQuery, String... headers) {
		return send(request(pathAndQuery, headers).GET());
	}

	public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> put(String path, String contentType, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType).PUT(BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String pathAndQuery, String... headers) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + pathAndQuery));
		for (int i = 0; i < headers.length; i += 2) {
			b.header(headers[i], headers[i + 1]);
		}
		return b;
	}

}
