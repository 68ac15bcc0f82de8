package org.registro.outbound;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness per host and port: at most {@code concurrency} requests at once, and starts at least
 * {@code delay} apart. Each request reserves its start slot under the host's own short lock and
 * then waits outside any lock, so a slow host never delays requests to another. A host's state is
 * dropped once no request holds or awaits it and its next slot has passed, so the map holds only
 * hosts in use.
 */
final class HostThrottle {

	private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

	private final int concurrency;

	private final long delayNanos;

	HostThrottle(int concurrency, Duration delay) {
		this.concurrency = concurrency;
		this.delayNanos = delay.toNanos();
	}

	/** Waits for a free slot and the politeness delay; the caller must {@link #release} the key after. */
	void acquire(String key) throws InterruptedException {
		Host host = hosts.compute(key, (k, h) -> {
			Host held = h == null ? new Host(concurrency) : h;
			held.users++;
			return held;
		});
		boolean acquired = false;
		try {
			host.permits.acquire();
			acquired = true;
			long wait = host.reserveStart(delayNanos);
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
		}
		catch (InterruptedException | RuntimeException ex) {
			if (acquired) {
				host.permits.release();
			}
			leave(key);
			throw ex;
		}
	}

	void release(String key) {
		Host host = hosts.get(key);
		if (host != null) {
			host.permits.release();
			leave(key);
		}
	}

	/** Hosts whose state is kept (for tests: it must not grow with every host ever fetched). */
	int size() {
		return hosts.size();
	}

	private void leave(String key) {
		hosts.computeIfPresent(key, (k, h) -> --h.users == 0 && h.idleSince(System.nanoTime()) ? null : h);
		if (hosts.size() > 64) {
			// States kept only for a pending delay: drop those whose delay has passed.
			long now = System.nanoTime();
			hosts.keySet().forEach(k -> hosts.computeIfPresent(k, (kk, h) -> h.users == 0 && h.idleSince(now) ? null : h));
		}
	}

	private static final class Host {

		final Semaphore permits;

		/** Guarded by the map's lock for the key. */
		int users;

		/** The earliest start of the next request (System.nanoTime), guarded by this. */
		private long nextStart = Long.MIN_VALUE;

		Host(int concurrency) {
			this.permits = new Semaphore(concurrency, true);
		}

		/** Claims the next start slot; returns how long to wait for it, in nanoseconds. */
		synchronized long reserveStart(long delayNanos) {
			long now = System.nanoTime();
			long start = nextStart == Long.MIN_VALUE || nextStart - now < 0 ? now : nextStart;
			nextStart = start + delayNanos;
			return start - now;
		}

		synchronized boolean idleSince(long now) {
			return nextStart == Long.MIN_VALUE || nextStart - now <= 0;
		}

	}

}
