package org.registro.harvest.dcat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.registro.outbound.BodyReader;
import org.registro.outbound.FetchedResponse;
import org.registro.outbound.Outbound;
import org.registro.outbound.OutboundException;

/** Serves bodies from a map, records what was asked, and applies no rules: the reader's tests need no network. */
final class FakeOutbound implements Outbound {

	/** A canned answer; {@code finalUrl} differs from the asked URL after a redirect; length -1 hides it. */
	record Answer(int status, String contentType, byte[] body, URI finalUrl, long length) {
	}

	/** One request as the reader made it. */
	record Request(URI url, Map<String, String> headers, String accept) {
	}

	private final Map<URI, Answer> answers = new HashMap<>();

	final List<Request> requests = new ArrayList<>();

	FakeOutbound serve(String url, String contentType, byte[] body) {
		answers.put(URI.create(url), new Answer(200, contentType, body, URI.create(url), body.length));
		return this;
	}

	FakeOutbound serve(String url, String contentType, String body) {
		return serve(url, contentType, body.getBytes(StandardCharsets.UTF_8));
	}

	/** Serves a test resource from {@code src/test/resources/harvest/dcat/}. */
	FakeOutbound resource(String url, String contentType, String name) {
		return serve(url, contentType, resource(name));
	}

	FakeOutbound answer(String url, Answer answer) {
		answers.put(URI.create(url), answer);
		return this;
	}

	FakeOutbound status(String url, int status) {
		return answer(url, new Answer(status, "text/plain", new byte[0], URI.create(url), 0));
	}

	List<URI> urls() {
		return requests.stream().map(Request::url).toList();
	}

	static byte[] resource(String name) {
		try (InputStream in = FakeOutbound.class.getResourceAsStream("/harvest/dcat/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public <T> T get(URI url, Map<String, String> headers, String accept, BodyReader<T> reader)
			throws OutboundException {
		requests.add(new Request(url, headers, accept));
		Answer answer = answers.get(url);
		if (answer == null) {
			throw new OutboundException(OutboundException.Reason.HTTP_STATUS, url, 404, "Not Found", null);
		}
		if (answer.status() / 100 != 2) {
			throw new OutboundException(OutboundException.Reason.HTTP_STATUS, url, answer.status(),
					"The server answered " + answer.status(), null);
		}
		String type = answer.contentType();
		String mediaType = type == null ? null : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
		FetchedResponse response = new FetchedResponse(answer.finalUrl(), answer.status(), mediaType, null,
				answer.length());
		try {
			return reader.read(response, new ByteArrayInputStream(answer.body()));
		}
		catch (IOException ex) {
			throw new OutboundException(OutboundException.Reason.UNREACHABLE, url, 0, ex.getMessage(), ex);
		}
	}

	@Override
	public void check(URI url) {
	}

}
