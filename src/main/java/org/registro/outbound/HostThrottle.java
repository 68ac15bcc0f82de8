package org.registro.outbound;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness per host and port: at most {@code concurrency} requests at once, and starts at least
 * {@code delay} apart. Each request reserves its start slot under the host's own short lock and
 * then waits outside any lock, so a slow host never delays requests to another. A host's state is
 * dropped once no request holds or awaits it and its next slot has passed, so the map holds only
 * hosts in use.
 * <p>
 * A request made from inside another to the same host by the same thread (a JSON-LD context
 * fetched while its document is being read) takes no second slot: with every slot held by outer
 * requests waiting for their inner ones, it would wait forever. It still keeps the delay.
 */
final class HostThrottle {

	private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

	/** The hosts this thread holds a slot for, with how many nested requests use it. */
	private final ThreadLocal<Map<String, Integer>> held = ThreadLocal.withInitial(HashMap::new);

	private final int concurrency;

	private final long delayNanos;

	HostThrottle(int concurrency, Duration delay) {
		this.concurrency = concurrency;
		this.delayNanos = delay.toNanos();
	}

	/** Waits for a free slot and the politeness delay; the caller must {@link #release} the key after. */
	void acquire(String key) throws InterruptedException {
		Map<String, Integer> mine = held.get();
		boolean nested = mine.containsKey(key);
		Host host = hosts.compute(key, (k, h) -> {
			Host held = h == null ? new Host(concurrency) : h;
			held.users++;
			return held;
		});
		boolean acquired = false;
		try {
			if (!nested) {
				host.permits.acquire();
				acquired = true;
			}
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
		mine.merge(key, 1, Integer::sum);
	}

	void release(String key) {
		Map<String, Integer> mine = held.get();
		Integer uses = mine.get(key);
		Host host = hosts.get(key);
		if (uses == null || host == null) {
			return;
		}
		if (uses == 1) {
			mine.remove(key);
			host.permits.release();
		}
		else {
			mine.put(key, uses - 1);
		}
		leave(key);
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
