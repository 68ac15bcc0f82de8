package org.registro.sparql;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code concurrent} queries run at once; up to {@code queued} more wait for a slot, each at
 * most {@code wait}. Bounding the waiters too keeps a flood of queries from holding every servlet
 * thread, which would take the pages and the write API down with the endpoint.
 */
final class QuerySlots {

	private final Semaphore slots;

	private final int queued;

	private final Duration wait;

	private final AtomicInteger waiting = new AtomicInteger();

	QuerySlots(int concurrent, int queued, Duration wait) {
		this.slots = new Semaphore(concurrent, true);
		this.queued = queued;
		this.wait = wait;
	}

	/** True when the caller got a slot and must {@link #release()} it. */
	boolean acquire() throws InterruptedException {
		// Not the plain tryAcquire(), which would overtake the queued ones.
		if (slots.tryAcquire(0, TimeUnit.MILLISECONDS)) {
			return true;
		}
		if (waiting.incrementAndGet() > queued) {
			waiting.decrementAndGet();
			return false;
		}
		try {
			return slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		finally {
			waiting.decrementAndGet();
		}
	}

	void release() {
		slots.release();
	}

	/** What to tell a refused client to wait before trying again, in whole seconds. */
	long retryAfterSeconds() {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
