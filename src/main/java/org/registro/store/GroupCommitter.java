package org.registro.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers concurrent mutations into batches for one writer thread. A TDB2 commit syncs the disk,
 * so one commit per request caps writes at the disk's sync rate; one commit per batch lets every
 * waiting writer share it. Each caller is answered only after its batch has committed.
 */
final class GroupCommitter implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);

	/** A queued mutation and the future its caller waits on. */
	record Pending<R>(Mutation<R> mutation, CompletableFuture<R> result) {
	}

	private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();

	private final int maxBatch;

	private final Consumer<List<Pending<?>>> applier;

	private final Thread writer;

	private volatile boolean running = true;

	/** Writer thread only: work to run once the current batch is done (and answered). */
	private final List<Runnable> afterBatch = new ArrayList<>();

	GroupCommitter(int maxBatch, Consumer<List<Pending<?>>> applier) {
		this.maxBatch = Math.max(1, maxBatch);
		this.applier = applier;
		this.writer = Thread.ofPlatform().name("registro-writer").daemon(true).start(this::run);
	}

	<R> CompletableFuture<R> submit(Mutation<R> mutation) {
		CompletableFuture<R> result = new CompletableFuture<>();
		if (!running) {
			result.completeExceptionally(new IllegalStateException("the store is closed"));
			return result;
		}
		queue.add(new Pending<>(mutation, result));
		return result;
	}

	private void run() {
		List<Pending<?>> batch = new ArrayList<>(maxBatch);
		while (running || !queue.isEmpty()) {
			try {
				// Polling rather than interrupting: an interrupt during TDB2 file I/O closes its channels.
				Pending<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
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
			catch (RuntimeException ex) {
				log.error("Write batch failed", ex);
				batch.forEach((p) -> p.result().completeExceptionally(ex));
			}
			finally {
				batch.clear();
				afterBatch.clear();
			}
		}
		queue.forEach((p) -> p.result().completeExceptionally(new IllegalStateException("the store is closed")));
	}

	/** From the writer thread (inside a batch): runs {@code task} there when the batch is done. */
	void afterBatch(Runnable task) {
		afterBatch.add(task);
	}

	@Override
	public void close() {
		running = false;
		try {
			writer.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
