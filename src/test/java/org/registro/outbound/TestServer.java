package org.registro.outbound;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A JDK HTTP server on a loopback address that records what reached it. */
final class TestServer implements AutoCloseable {

	/** One request as the server saw it. */
	record Seen(String path, String userAgent, String acceptEncoding, String accept, long nanoTime) {
	}

	final List<Seen> requests = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "test-server");
		thread.setDaemon(true);
		return thread;
	});

	private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();

	TestServer(String address) {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.setExecutor(executor);
		server.start();
	}

	TestServer() {
		this("127.0.0.1");
	}

	TestServer handle(String path, HttpHandler handler) {
		server.createContext(path, exchange -> {
			requests.add(new Seen(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("User-Agent"),
					exchange.getRequestHeaders().getFirst("Accept-Encoding"), exchange.getRequestHeaders().getFirst("Accept"),
					System.nanoTime()));
			try (exchange) {
				handler.handle(exchange);
			}
			catch (RuntimeException ex) {
				// The JDK server would only drop the connection; say why in the test output.
				ex.printStackTrace();
				throw ex;
			}
		});
		return this;
	}

	/** Answers {@code status} with a text body. */
	TestServer text(String path, int status, String contentType, String body) {
		return handle(path, exchange -> send(exchange, status, contentType, body));
	}

	/** Answers with a redirect to {@code location}. */
	TestServer redirect(String path, int status, String location) {
		return handle(path, exchange -> {
			exchange.getResponseHeaders().set("Location", location);
			exchange.sendResponseHeaders(status, -1);
		});
	}

	URI url(String path) {
		InetSocketAddress address = server.getAddress();
		return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path);
	}

	int port() {
		return server.getAddress().getPort();
	}

	long count(String path) {
		return requests.stream().filter(r -> r.path().equals(path)).count();
	}

	static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}
