package org.registro.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers work queued by many threads into batches for one thread. A TDB2 commit syncs the disk
 * and copies every index page it touches, so one commit per request caps writes at the disk's
 * rate; one commit per batch lets every waiting item share it. Whatever was queued while a batch
 * ran forms the next batch.
 *
 * @param <T> a queued item; the applier answers its caller
 */
final class GroupCommitter<T> implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);

	private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();

	private final int maxBatch;

	private final Consumer<List<T>> applier;

	private final BiConsumer<T, RuntimeException> failer;

	private final Thread thread;

	private volatile boolean running = true;

	/** Set once the thread has stopped taking items; guarded by {@code this} with the queue's last adds. */
	private boolean stopped;

	/** This thread only: work to run once the current batch is done. */
	private final List<Runnable> afterBatch = new ArrayList<>();

	/**
	 * @param applier applies a batch (on this committer's thread)
	 * @param failer answers an item that failed, or that can no longer run because the committer closed
	 */
	GroupCommitter(String name, int maxBatch, Consumer<List<T>> applier, BiConsumer<T, RuntimeException> failer) {
		this.maxBatch = Math.max(1, maxBatch);
		this.applier = applier;
		this.failer = failer;
		this.thread = Thread.ofPlatform().name(name).daemon(true).start(this::run);
	}

	void submit(T item) {
		synchronized (this) {
			if (running && !stopped) {
				queue.add(item);
				return;
			}
		}
		failer.accept(item, new IllegalStateException("the store is closed"));
	}

	private void run() {
		List<T> batch = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				// Polling rather than interrupting: an interrupt during TDB2 file I/O closes its channels.
				T first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, maxBatch - 1);
				applier.accept(batch);
				afterBatch.forEach(Runnable::run);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException | Error ex) {
				// Errors too: a dead thread would leave every later caller waiting forever.
				log.error("Batch failed on {}", thread.getName(), ex);
				RuntimeException failure = ex instanceof RuntimeException re ? re : new IllegalStateException(ex);
				batch.forEach((item) -> failer.accept(item, failure));
			}
			finally {
				batch.clear();
				afterBatch.clear();
			}
		}
		synchronized (this) {
			stopped = true;
		}
		queue.forEach((item) -> failer.accept(item, new IllegalStateException("the store is closed")));
	}

	/** From this committer's thread (inside a batch): runs {@code task} there when the batch is done. */
	void afterBatch(Runnable task) {
		afterBatch.add(task);
	}

	@Override
	public void close() {
		running = false;
		try {
			// No time limit: a compaction in progress must finish before the databases close.
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
