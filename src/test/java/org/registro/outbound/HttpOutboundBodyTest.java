package org.registro.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.registro.outbound.HttpOutboundRulesTest.assertFails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.registro.outbound.OutboundException.Reason;
import org.springframework.util.unit.DataSize;

/** The body: read timeout between reads, the size cap (also decoded), gzip, and whose failure is whose. */
class HttpOutboundBodyTest {

	private final TestServer server = new TestServer();

	private final HttpOutbound outbound = Settings.allowing("127.0.0.0/8")
		.readTimeout(Duration.ofSeconds(1))
		.max(DataSize.ofKilobytes(64))
		.outbound();

	/** The first request of a JVM loads much of HttpClient and the server: not a read to time out. */
	@BeforeAll
	static void warmUp() throws Exception {
		try (TestServer warm = new TestServer(); HttpOutbound patient = Settings.allowing("127.0.0.0/8").outbound()) {
			warm.text("/", 200, "text/plain", "warm");
			patient.get(warm.url("/"), Map.of(), null, (r, in) -> new GZIPInputStream(new ByteArrayInputStream(gzip(in.readAllBytes()))).readAllBytes());
		}
	}

	@AfterEach
	void stop() {
		server.close();
		outbound.close();
	}

	@Test
	void aServerThatStallsMidBodyTimesOut() {
		server.handle("/stall", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			out.write(new byte[1000]);
			out.flush();
			sleep(10_000);
		});
		long start = System.nanoTime();
		assertThatThrownBy(() -> outbound.get(server.url("/stall"), Map.of(), null, (r, in) -> in.readAllBytes()))
			.isInstanceOfSatisfying(OutboundException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.TIMEOUT))
			.hasMessageContaining("while reading the body");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aServerThatNeverAnswersTimesOut() {
		server.handle("/silent", exchange -> sleep(10_000));
		long start = System.nanoTime();
		assertFails(outbound, server.url("/silent"), Reason.TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aSlowButSteadyBodyIsRead() throws Exception {
		server.handle("/slow", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			for (int i = 0; i < 6; i++) {
				out.write(new byte[100]);
				out.flush();
				sleep(400);
			}
		});
		// 2.4 s in all, longer than the read timeout, but never a second without data.
		byte[] body = outbound.get(server.url("/slow"), Map.of(), null, (r, in) -> in.readAllBytes());
		assertThat(body).hasSize(600);
	}

	@Test
	void aDeclaredLengthOverTheCapIsRefusedAtOnce() {
		server.handle("/huge", exchange -> {
			exchange.sendResponseHeaders(200, 500L * 1024 * 1024);
			exchange.getResponseBody().flush();
			sleep(10_000);
		});
		long start = System.nanoTime();
		assertFails(outbound, server.url("/huge"), Reason.TOO_LARGE);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void anUndeclaredBodyOverTheCapIsCut() throws Exception {
		server.handle("/endless", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			for (int i = 0; i < 1000; i++) {
				out.write(new byte[1024]);
			}
		});
		server.handle("/fits", exchange -> send(exchange, new byte[64 * 1024], false));
		assertFails(outbound, server.url("/endless"), Reason.TOO_LARGE);
		byte[] fits = outbound.get(server.url("/fits"), Map.of(), null, (r, in) -> in.readAllBytes());
		assertThat(fits).as("exactly the cap is still read").hasSize(64 * 1024);
	}

	@Test
	void gzipIsDecodedAndCappedDecoded() throws Exception {
		byte[] text = "<a> <b> \"é\" .\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
		server.handle("/zipped", exchange -> send(exchange, text, true));
		// 100 MB of zeros: about 100 KB on the wire, far over the cap once decoded.
		server.handle("/bomb", exchange -> {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			exchange.sendResponseHeaders(200, 0);
			try (GZIPOutputStream out = new GZIPOutputStream(exchange.getResponseBody())) {
				byte[] zeros = new byte[1024 * 1024];
				for (int i = 0; i < 100; i++) {
					out.write(zeros);
				}
			}
			catch (IOException ex) {
				// The client stopped reading.
			}
		});
		byte[] read = outbound.get(server.url("/zipped"), Map.of(), null, (r, in) -> {
			assertThat(r.length()).as("the decoded length is unknown").isEqualTo(-1);
			return in.readAllBytes();
		});
		assertThat(read).isEqualTo(text);
		assertFails(outbound, server.url("/bomb"), Reason.TOO_LARGE);
	}

	@Test
	void corruptGzipIsAFetchFailure() {
		server.handle("/corrupt", exchange -> {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < 5000; i++) {
				text.append(i).append(' ');
			}
			byte[] bytes = gzip(text.toString().getBytes(StandardCharsets.US_ASCII));
			Arrays.fill(bytes, 20, bytes.length - 10, (byte) 0x5a);
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
		});
		assertFails(outbound, server.url("/corrupt"), Reason.UNREACHABLE);
	}

	@Test
	void aReadersOwnExceptionsAreNotFetchFailures() {
		server.text("/doc", 200, "text/turtle", "<a> <b> <c> .");
		IOException parseError = new IOException("bad Turtle at line 1");
		assertThatThrownBy(() -> outbound.get(server.url("/doc"), Map.of(), null, (r, in) -> {
			throw parseError;
		})).isInstanceOf(UncheckedIOException.class).hasCause(parseError);
		IllegalStateException own = new IllegalStateException("mine");
		assertThatThrownBy(() -> outbound.get(server.url("/doc"), Map.of(), null, (r, in) -> {
			throw own;
		})).isSameAs(own);
	}

	@Test
	void aCapFailureStaysOneWhateverTheReaderDoesWithIt() {
		server.handle("/big", exchange -> send(exchange, new byte[200 * 1024], false));
		// A parser that wraps the stream's exception in its own.
		assertThatThrownBy(() -> outbound.get(server.url("/big"), Map.of(), null, (r, in) -> {
			try {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new IllegalArgumentException("parse error", ex);
			}
		})).isInstanceOfSatisfying(OutboundException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LARGE));
		// A reader that swallows it and returns what it had: a cut body is not a result.
		assertThatThrownBy(() -> outbound.get(server.url("/big"), Map.of(), null, (r, in) -> {
			ByteArrayOutputStream partial = new ByteArrayOutputStream();
			try {
				in.transferTo(partial);
			}
			catch (IOException ex) {
				// ignored on purpose
			}
			return partial.size();
		})).isInstanceOfSatisfying(OutboundException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LARGE));
	}

	private static void send(HttpExchange exchange, byte[] body, boolean zipped) throws IOException {
		byte[] bytes = zipped ? gzip(body) : body;
		if (zipped) {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
		}
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(body);
		}
		return bytes.toByteArray();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
