package org.registro.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.registro.outbound.OutboundException.Reason;

/** What HttpOutbound fetches and refuses: addresses, redirects, statuses, connections. */
class HttpOutboundRulesTest {

	private final TestServer server = new TestServer();

	private final HttpOutbound loopback = Settings.allowing("127.0.0.0/8").outbound();

	@AfterEach
	void stop() {
		server.close();
		loopback.close();
	}

	@Test
	void fetchesAnAllowedAddressAndSaysWhatCame() throws Exception {
		server.text("/doc", 200, "Text/Turtle; Charset=\"UTF-8\"", "<a> <b> <c> .");
		String body = loopback.get(server.url("/doc"), Map.of("X-Api-Key", "k"), "text/turtle", (response, in) -> {
			assertThat(response.url()).isEqualTo(server.url("/doc"));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.mediaType()).isEqualTo("text/turtle");
			assertThat(response.charset()).isEqualTo("UTF-8");
			assertThat(response.length()).isEqualTo(13);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		});
		assertThat(body).isEqualTo("<a> <b> <c> .");
		TestServer.Seen seen = server.requests.getFirst();
		assertThat(seen.userAgent()).isEqualTo("Registro-test/1");
		assertThat(seen.accept()).isEqualTo("text/turtle");
		assertThat(seen.acceptEncoding()).isEqualTo("gzip");
	}

	@Test
	void theSameServerIsForbiddenWithoutAnAllowedNetwork() {
		server.text("/doc", 200, "text/plain", "secret");
		try (HttpOutbound strict = Settings.allowing().outbound()) {
			assertFails(strict, server.url("/doc"), Reason.FORBIDDEN_ADDRESS);
			URI byName = URI.create("http://localhost:" + server.port() + "/doc");
			assertFails(strict, byName, Reason.FORBIDDEN_ADDRESS);
		}
		assertThat(server.requests).isEmpty();
	}

	@Test
	void metadataAndPrivateAddressesAreRefusedBeforeAnyConnection() {
		try (HttpOutbound strict = Settings.allowing().outbound()) {
			for (String url : new String[] { "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]:9/" }) {
				long start = System.nanoTime();
				assertFails(strict, URI.create(url), Reason.FORBIDDEN_ADDRESS);
				// No connect timeout was waited for: nothing was attempted.
				assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
			}
		}
	}

	@Test
	void otherSchemesAreInvalid() {
		assertFails(loopback, URI.create("file:///etc/passwd"), Reason.INVALID_URL);
		assertFails(loopback, URI.create("ftp://127.0.0.1/x"), Reason.INVALID_URL);
		assertFails(loopback, URI.create("http://user:pw@127.0.0.1:" + server.port() + "/"), Reason.INVALID_URL);
		assertThat(server.requests).isEmpty();
	}

	@Test
	void followsRedirectsResolvingRelativeLocations() throws Exception {
		server.redirect("/old", 301, "/middle?x=1").redirect("/middle", 307, "new#fragment").text("/new", 200, "text/plain", "here");
		URI answered = loopback.get(server.url("/old"), Map.of(), null, (response, in) -> response.url());
		assertThat(answered).isEqualTo(server.url("/new"));
	}

	@Test
	void aRedirectToAForbiddenAddressIsRefusedWithoutRequestingIt() {
		try (TestServer other = new TestServer("127.0.0.2"); HttpOutbound onlyFirst = Settings.allowing("127.0.0.1/32").outbound()) {
			other.text("/internal", 200, "text/plain", "secret");
			server.redirect("/go", 302, other.url("/internal").toString());
			assertFails(onlyFirst, server.url("/go"), Reason.FORBIDDEN_ADDRESS);
			assertThat(server.count("/go")).isEqualTo(1);
			assertThat(other.requests).isEmpty();
			// With the target's network allowed the same redirect is followed: the refusal above is the rule's.
			String body = loopback.get(server.url("/go"), Map.of(), null, (r, in) -> new String(in.readAllBytes()));
			assertThat(body).isEqualTo("secret");
			assertThat(other.requests).hasSize(1);
		}
		catch (OutboundException ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void aRedirectLoopStops() {
		server.redirect("/a", 302, "/b").redirect("/b", 302, "/a");
		assertFails(loopback, server.url("/a"), Reason.TOO_MANY_REDIRECTS);
		assertThat(server.requests).hasSize(2);
	}

	@Test
	void atMostMaxRedirectsAreFollowed() throws Exception {
		for (int i = 0; i < 6; i++) {
			server.redirect("/r" + i, 302, "/r" + (i + 1));
		}
		server.text("/r6", 200, "text/plain", "end");
		assertFails(loopback, server.url("/r0"), Reason.TOO_MANY_REDIRECTS);
		assertThat(server.count("/r6")).isZero();
		URI end = loopback.get(server.url("/r1"), Map.of(), null, (r, in) -> r.url());
		assertThat(end).as("exactly max-redirects (5) are followed").isEqualTo(server.url("/r6"));
	}

	@Test
	void anErrorStatusIsReportedAndTheReaderIsNotCalled() {
		server.text("/missing", 404, "text/html", "<p>not here</p>").text("/broken", 500, "text/plain", "oops");
		AtomicBoolean called = new AtomicBoolean();
		for (String path : new String[] { "/missing", "/broken" }) {
			assertThatThrownBy(() -> loopback.get(server.url(path), Map.of(), null, (r, in) -> called.getAndSet(true)))
				.isInstanceOfSatisfying(OutboundException.class, ex -> {
					assertThat(ex.reason()).isEqualTo(Reason.HTTP_STATUS);
					assertThat(ex.status()).isEqualTo(path.equals("/missing") ? 404 : 500);
				});
		}
		assertThat(called).isFalse();
	}

	@Test
	void aRefusedConnectionIsUnreachable() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		assertFails(loopback, URI.create("http://127.0.0.1:" + port + "/"), Reason.UNREACHABLE);
	}

	@Test
	void anUnknownHostIsSaidSo() {
		assertFails(loopback, URI.create("http://no-such-host.invalid/"), Reason.UNKNOWN_HOST);
	}

	@Test
	void aBadAllowedNetworkStopsTheStartNamingIt() {
		assertThatThrownBy(() -> Settings.allowing("127.0.0.0/8", "192.168.0.0/40").outbound())
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("registry.outbound.allowed-networks: '192.168.0.0/40' is not a CIDR range (the prefix length must be between 0 and 32)");
	}

	static void assertFails(HttpOutbound outbound, URI url, Reason reason) {
		assertThatThrownBy(() -> outbound.get(url, Map.of(), null, (r, in) -> in.readAllBytes())).as(url.toString())
			.isInstanceOfSatisfying(OutboundException.class, ex -> assertThat(ex.reason()).as(ex.getMessage()).isEqualTo(reason));
	}

}
