package org.registro.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.registro.outbound.BodyReader;
import org.registro.outbound.FetchedResponse;
import org.registro.outbound.Outbound;
import org.registro.outbound.OutboundException;

/**
 * An {@link Outbound} for reader tests: serves bodies from a map of URL to (status, content type,
 * bytes), or from a function of the URL, and records every request. It applies no rules (no
 * address checks, no size cap): those are the real fetcher's, tested with it.
 */
public final class MapOutbound implements Outbound {

	/** What a URL answers. */
	public record Answer(int status, String contentType, byte[] body) {

		public static Answer json(String body) {
			return new Answer(200, "application/json;charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
		}

	}

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<URI> requests = Collections.synchronizedList(new ArrayList<>());

	private Function<URI, Answer> fallback = (u) -> null;

	public MapOutbound serve(String url, Answer answer) {
		answers.put(url, answer);
		return this;
	}

	/** Answers URLs not in the map (null: 404). */
	public MapOutbound route(Function<URI, Answer> fallback) {
		this.fallback = fallback;
		return this;
	}

	public List<URI> requests() {
		return List.copyOf(requests);
	}

	@Override
	public <T> T get(URI url, Map<String, String> headers, String accept, BodyReader<T> reader) throws OutboundException {
		requests.add(url);
		Answer a = answers.get(url.toString());
		if (a == null) {
			a = fallback.apply(url);
		}
		if (a == null) {
			throw new OutboundException(OutboundException.Reason.HTTP_STATUS, url, 404, "HTTP 404", null);
		}
		if (a.status() / 100 != 2) {
			throw new OutboundException(OutboundException.Reason.HTTP_STATUS, url, a.status(), "HTTP " + a.status(), null);
		}
		String mediaType = null;
		String charset = null;
		if (a.contentType() != null) {
			String[] parts = a.contentType().split(";");
			mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
			for (int i = 1; i < parts.length; i++) {
				String[] kv = parts[i].strip().split("=", 2);
				if (kv.length == 2 && kv[0].equalsIgnoreCase("charset")) {
					charset = kv[1].strip();
				}
			}
		}
		FetchedResponse response = new FetchedResponse(url, a.status(), mediaType, charset, a.body().length);
		try {
			return reader.read(response, new ByteArrayInputStream(a.body()));
		}
		catch (IOException ex) {
			throw new OutboundException(OutboundException.Reason.UNREACHABLE, url, 0, ex.getMessage(), ex);
		}
	}

	@Override
	public void check(URI url) {
	}

}
