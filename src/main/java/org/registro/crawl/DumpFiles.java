package org.registro.crawl;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import jakarta.annotation.PreDestroy;

import org.registro.record.CatalogEntries;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The dumps as gzip files under {@code {data-dir}/dumps/}, each written once per version of the
 * public data and then served from disk. One generation runs at a time, on a thread of its own;
 * requests wait for it a short while, then get the previous dump. The store's version numbers
 * restart at every start, so the directory is emptied at start and the first request after it
 * waits for the dump to be written.
 */
@Component
class DumpFiles {

	private static final Logger log = LoggerFactory.getLogger(DumpFiles.class);

	/** A generated dump: its ETag is a digest of the file, so equal bytes keep their tag across restarts. */
	record Dump(Path file, String etag, Instant lastModified, long length) {
	}

	private record Generated(long version, Dump dump) {
	}

	private final RecordStore store;

	private final String catalogIri;

	private final Path dir;

	private final Map<DumpFormat, Generated> latest = new ConcurrentHashMap<>();

	/** Held while a dump is written (package-private so a test can hold a writer back). */
	final ReentrantLock generating = new ReentrantLock();

	/** How long a request waits for a new dump when it can be given the previous one. */
	static final long WAIT_SECONDS = 10;

	private final long waitSeconds;

	private final Map<DumpFormat, CompletableFuture<Dump>> writing = new ConcurrentHashMap<>();

	private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("registro-dumps").daemon().factory());

	@Autowired
	DumpFiles(RecordStore store, RegistryProperties properties) {
		this(store, properties, WAIT_SECONDS);
	}

	DumpFiles(RecordStore store, RegistryProperties properties, long waitSeconds) {
		this.store = store;
		this.waitSeconds = waitSeconds;
		this.catalogIri = new CatalogEntries(properties.baseUri()).catalogIri();
		this.dir = properties.dataDir().resolve("dumps");
		try {
			Files.createDirectories(dir);
			try (Stream<Path> old = Files.list(dir)) {
				old.forEach(DumpFiles::delete);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the dumps directory " + dir, ex);
		}
	}

	/**
	 * The dump of the current public data, written now if the data changed since the last one. A
	 * request waits for that at most {@link #WAIT_SECONDS} when an older dump exists: then it gets
	 * the older one (consistent, only older), and the new one goes on being written for the next
	 * request. At 100,000 datasets a dump takes about 40 s to write.
	 */
	Dump current(DumpFormat format) {
		Generated known = latest.get(format);
		if (known != null && known.version() == store.publicVersion()) {
			return known.dump();
		}
		CompletableFuture<Dump> fresh = writing.computeIfAbsent(format, (f) -> CompletableFuture.supplyAsync(() -> currentNow(f), writer));
		// Attached outside computeIfAbsent: a write already done would otherwise remove its own entry
		// from inside the map's update.
		fresh.whenComplete((dump, ex) -> writing.remove(format, fresh));
		try {
			return known == null ? fresh.join() : fresh.get(waitSeconds, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			return known.dump();
		}
		catch (ExecutionException | CompletionException ex) {
			if (known != null) {
				log.warn("Writing the {} dump failed; the previous one is served", format.extension(), ex.getCause());
				return known.dump();
			}
			throw ex.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the dump", ex);
		}
	}

	@PreDestroy
	void close() {
		writer.shutdownNow();
	}

	/** Writes the dump of the current version unless it exists; one writer at a time. */
	private Dump currentNow(DumpFormat format) {
		generating.lock();
		try {
			// Read before the transaction opens: the dump holds at least this version's data.
			long version = store.publicVersion();
			Generated known = latest.get(format);
			if (known != null && known.version() == version) {
				return known.dump();
			}
			Dump dump = generate(format, version);
			Generated previous = latest.put(format, new Generated(version, dump));
			deleteOlder(format, dump, previous);
			return dump;
		}
		finally {
			generating.unlock();
		}
	}

	private Dump generate(DumpFormat format, long version) {
		long started = System.nanoTime();
		Path file = dir.resolve("catalog-" + version + "." + format.extension());
		Path partial = dir.resolve(file.getFileName() + ".partial");
		MessageDigest digest = sha256();
		try {
			try (OutputStream out = new GZIPOutputStream(
					new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16), digest), 1 << 16)) {
				store.readPublic((dsg) -> {
					format.write(dsg, catalogIri, out);
					return null;
				});
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			Dump dump = new Dump(file, "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"",
					Instant.now().truncatedTo(ChronoUnit.SECONDS), Files.size(file));
			log.info("Wrote the {} dump ({} bytes) in {} ms", format.extension(), dump.length(), (System.nanoTime() - started) / 1_000_000);
			return dump;
		}
		catch (IOException ex) {
			delete(partial);
			throw new UncheckedIOException("Cannot write the dump " + file, ex);
		}
		catch (RuntimeException ex) {
			delete(partial);
			throw ex;
		}
	}

	/**
	 * Keeps the new file and the one before it: a request handed the previous file a moment ago may
	 * not have opened it yet (a download already under way keeps reading a deleted file).
	 */
	private void deleteOlder(DumpFormat format, Dump current, Generated previous) {
		Path kept = previous == null ? null : previous.dump().file();
		try (Stream<Path> files = Files.list(dir)) {
			files.filter((f) -> f.getFileName().toString().endsWith("." + format.extension()))
				.filter((f) -> !f.equals(current.file()) && !f.equals(kept))
				.forEach(DumpFiles::delete);
		}
		catch (IOException ex) {
			log.warn("Could not list {} to delete old dumps", dir, ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
