package org.registro.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.registro.outbound.OutboundException.Reason;
import org.registro.system.RegistryProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@link Outbound} over the JDK's {@link HttpClient}, configured by {@code registry.outbound}.
 * <p>
 * A reader's own failure is not an {@link OutboundException}: a {@link RuntimeException} it throws
 * propagates unchanged and an {@link IOException} it throws comes out wrapped in an
 * {@link java.io.UncheckedIOException}. A failure of the body stream (size cap, stalled or broken
 * connection, corrupt gzip) is an {@link OutboundException} whatever the reader made of it, even
 * when it wrapped it in a parse error or caught it and returned. An extra header HttpClient does
 * not let callers set ({@code Host}, {@code Connection}, {@code Content-Length}…) is an
 * {@link IllegalArgumentException}. A gzip body is decoded before the reader sees it and is capped
 * both on the wire and decoded.
 * <p>
 * Known gap: the address check resolves the host, then HttpClient resolves it again to connect. A
 * DNS server that answers differently the second time (DNS rebinding) can get a connection to a
 * local address; HttpClient offers no hook to connect to the checked address. A short DNS cache
 * ({@code networkaddress.cache.ttl}) narrows the window but does not close it.
 */
@Component
public class HttpOutbound implements Outbound, AutoCloseable {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private final RegistryProperties.Outbound settings;

	private final AddressRule rule;

	private final HostThrottle throttle;

	private final ScheduledThreadPoolExecutor timer;

	private final Responses responses;

	private final HttpClient client;

	@Autowired
	public HttpOutbound(RegistryProperties properties) {
		this(properties.outbound());
	}

	/** @throws IllegalArgumentException when an allowed network is not a CIDR range */
	public HttpOutbound(RegistryProperties.Outbound settings) {
		this.settings = settings;
		this.rule = new AddressRule(settings.allowedNetworks());
		this.throttle = new HostThrottle(settings.perHostConcurrency(), settings.politenessDelay());
		this.timer = new ScheduledThreadPoolExecutor(1, task -> {
			Thread thread = new Thread(task, "outbound-read-timeout");
			thread.setDaemon(true);
			return thread;
		});
		timer.setRemoveOnCancelPolicy(true);
		this.responses = new Responses(settings.readTimeout(), settings.maxResponseSize().toBytes(), timer);
		// Redirects are followed here, so that each target is checked. HTTP/1.1: plain-http
		// sources would otherwise get an h2c upgrade request, which some old servers mishandle.
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(settings.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	@Override
	public void check(URI url) throws OutboundException {
		rule.check(url);
	}

	@Override
	public <T> T get(URI url, Map<String, String> headers, String accept, BodyReader<T> reader) throws OutboundException {
		URI current = withoutFragment(url);
		Set<URI> seen = new HashSet<>();
		for (int redirects = 0;; redirects++) {
			rule.check(current);
			if (!seen.add(current)) {
				throw new OutboundException(Reason.TOO_MANY_REDIRECTS, current, "The redirects loop back to " + current);
			}
			String host = hostKey(current);
			acquire(host, current);
			try {
				HttpResponse<InputStream> response = send(current, headers, accept);
				int status = response.statusCode();
				if (REDIRECTS.contains(status) && response.headers().firstValue("Location").isPresent()) {
					Responses.discard(response);
					if (redirects >= settings.maxRedirects()) {
						throw new OutboundException(Reason.TOO_MANY_REDIRECTS, current,
								"More than " + settings.maxRedirects() + " redirects from " + url);
					}
					current = target(current, response.headers().firstValue("Location").get());
					continue;
				}
				if (status / 100 != 2) {
					Responses.discard(response);
					throw new OutboundException(Reason.HTTP_STATUS, current, status, "The server answered " + status, null);
				}
				return responses.read(current, response, reader);
			}
			finally {
				throttle.release(host);
			}
		}
	}

	@Override
	public void close() {
		timer.shutdownNow();
		// Not close(), which waits for every exchange: a stalled download must not hold up shutdown.
		client.shutdownNow();
	}

	private HttpResponse<InputStream> send(URI url, Map<String, String> headers, String accept) throws OutboundException {
		HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(settings.readTimeout());
		request.setHeader("User-Agent", settings.userAgent());
		if (accept != null) {
			request.setHeader("Accept", accept);
		}
		if (headers != null) {
			headers.forEach(request::setHeader);
		}
		request.setHeader("Accept-Encoding", "gzip");
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (HttpConnectTimeoutException ex) {
			throw new OutboundException(Reason.TIMEOUT, url, 0, "No connection within " + settings.connectTimeout(), ex);
		}
		catch (HttpTimeoutException ex) {
			throw new OutboundException(Reason.TIMEOUT, url, 0, "No answer within " + settings.readTimeout(), ex);
		}
		catch (ConnectException ex) {
			throw new OutboundException(Reason.UNREACHABLE, url, 0, "No connection could be made: " + messageOf(ex), ex);
		}
		catch (IOException ex) {
			throw new OutboundException(Reason.UNREACHABLE, url, 0, "The connection failed: " + messageOf(ex), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OutboundException(Reason.UNREACHABLE, url, 0, "Interrupted while waiting for the answer", ex);
		}
	}

	private void acquire(String host, URI url) throws OutboundException {
		try {
			throttle.acquire(host);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OutboundException(Reason.UNREACHABLE, url, 0, "Interrupted while waiting for a turn at " + host, ex);
		}
	}

	/** A Location resolved against the URL that sent it; the fragment is not sent. */
	private static URI target(URI from, String location) throws OutboundException {
		try {
			return withoutFragment(from.resolve(new URI(location.strip())));
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new OutboundException(Reason.INVALID_URL, from, 0, "The redirect target is not a URL: " + location, ex);
		}
	}

	private static URI withoutFragment(URI url) {
		if (url == null || url.getRawFragment() == null) {
			return url;
		}
		String text = url.toString();
		return URI.create(text.substring(0, text.indexOf('#')));
	}

	private static String hostKey(URI url) {
		int port = url.getPort() >= 0 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
		return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
	}

	private static String messageOf(Throwable ex) {
		Throwable t = ex;
		while (t.getMessage() == null && t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
	}

}
