package org.registro.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Politeness per host and port, as the servers see it. */
class PolitenessTest {

	private final TestServer server = new TestServer();

	private final ExecutorService clients = Executors.newFixedThreadPool(6);

	@AfterEach
	void stop() {
		server.close();
		clients.shutdownNow();
	}

	@Test
	void startsToOneHostAreAtLeastTheDelayApart() throws Exception {
		server.text("/doc", 200, "text/plain", "x");
		try (HttpOutbound outbound = Settings.allowing("127.0.0.0/8").politeness(Duration.ofMillis(300), 4).outbound()) {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				done.add(clients.submit(() -> fetch(outbound, server.url("/doc"))));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		List<Long> arrivals = server.requests.stream().map(TestServer.Seen::nanoTime).sorted().toList();
		assertThat(arrivals).hasSize(4);
		for (int i = 1; i < arrivals.size(); i++) {
			// Measured at the server, so allow for a little jitter between start and arrival.
			assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1))).isGreaterThan(Duration.ofMillis(250));
		}
	}

	@Test
	void atMostTheConfiguredRequestsToOneHostAtOnce() throws Exception {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		server.handle("/slow", exchange -> {
			most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			inFlight.decrementAndGet();
			TestServer.send(exchange, 200, "text/plain", "x");
		});
		try (HttpOutbound outbound = Settings.allowing("127.0.0.0/8").politeness(Duration.ZERO, 2).outbound()) {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				done.add(clients.submit(() -> fetch(outbound, server.url("/slow"))));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		assertThat(server.requests).hasSize(6);
		assertThat(most.get()).as("requests at once").isEqualTo(2);
	}

	@Test
	void aBusyHostDoesNotHoldUpAnother() throws Exception {
		server.handle("/slow", exchange -> {
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			TestServer.send(exchange, 200, "text/plain", "x");
		});
		try (TestServer other = new TestServer("127.0.0.2");
				HttpOutbound outbound = Settings.allowing("127.0.0.0/8").politeness(Duration.ofSeconds(1), 1).outbound()) {
			other.text("/fast", 200, "text/plain", "y");
			// Occupies the first host's only slot, and a second request waits for it and the delay.
			clients.submit(() -> fetch(outbound, server.url("/slow")));
			clients.submit(() -> fetch(outbound, server.url("/slow")));
			Thread.sleep(200);
			long start = System.nanoTime();
			fetch(outbound, other.url("/fast"));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(700));
		}
	}

	@Test
	void aRequestMadeWhileReadingAnotherToTheSameHostDoesNotWaitForItself() {
		server.text("/ctx", 200, "application/ld+json", "{}");
		server.text("/page", 200, "application/ld+json", "{}");
		try (HttpOutbound outbound = Settings.allowing("127.0.0.0/8").politeness(Duration.ofMillis(100), 1).outbound()) {
			String inner = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> outbound.get(server.url("/page"), Map.of(), null,
					(r, in) -> inner(outbound, server.url("/ctx"))));
			assertThat(inner).isEqualTo("{}");
			assertThat(server.requests).hasSize(2);
			// The slot is free again afterwards.
			assertTimeoutPreemptively(Duration.ofSeconds(5), () -> fetch(outbound, server.url("/page")));
		}
	}

	@Test
	void stateIsKeptOnlyForHostsInUseOrWithinTheirDelay() throws Exception {
		HostThrottle undelayed = new HostThrottle(2, Duration.ZERO);
		HostThrottle delayed = new HostThrottle(2, Duration.ofMillis(500));
		for (int i = 0; i < 500; i++) {
			String host = "host" + i + ":80";
			undelayed.acquire(host);
			delayed.acquire(host);
			assertThat(undelayed.size()).isEqualTo(1);
			undelayed.release(host);
			delayed.release(host);
		}
		assertThat(undelayed.size()).isZero();
		// Hosts whose next slot is still ahead are remembered, to keep their delay; then dropped.
		assertThat(delayed.size()).isGreaterThan(64);
		Thread.sleep(600);
		delayed.acquire("last:80");
		delayed.release("last:80");
		assertThat(delayed.size()).isLessThanOrEqualTo(1);
	}

	private static String inner(HttpOutbound outbound, URI url) throws IOException {
		try {
			return outbound.get(url, Map.of(), null, (r, in) -> new String(in.readAllBytes()));
		}
		catch (OutboundException ex) {
			throw new IOException(ex);
		}
	}

	private static Void fetch(HttpOutbound outbound, URI url) throws OutboundException {
		outbound.get(url, Map.of(), null, (r, in) -> in.readAllBytes());
		return null;
	}

}
