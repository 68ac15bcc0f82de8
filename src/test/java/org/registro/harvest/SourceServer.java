package org.registro.harvest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A catalog served from this machine: a body per path (query included when one is mapped with it). */
final class SourceServer implements AutoCloseable {

	record Answer(int status, String contentType, byte[] body) {

		static Answer ok(String contentType, String body) {
			return new Answer(200, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private final HttpServer server;

	private final Map<String, Function<String, Answer>> routes = new ConcurrentHashMap<>();

	final AtomicInteger requests = new AtomicInteger();

	SourceServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	void serve(String path, Answer answer) {
		routes.put(path, (query) -> answer);
	}

	/** The answer computed from the query string (null when there is none). */
	void serve(String path, Function<String, Answer> answer) {
		routes.put(path, answer);
	}

	private void handle(HttpExchange exchange) throws IOException {
		requests.incrementAndGet();
		Function<String, Answer> route = routes.get(exchange.getRequestURI().getPath());
		Answer a = route == null ? new Answer(404, "text/plain", "not here".getBytes()) : route.apply(exchange.getRequestURI().getRawQuery());
		exchange.getResponseHeaders().set("Content-Type", a.contentType());
		exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(a.body());
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
