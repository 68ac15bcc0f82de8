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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.registro.record.CatalogEntries;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The dumps as gzip files under {@code {data-dir}/dumps/}, each written once per version of the
 * public data and then served from disk. One generation runs at a time; requests that need it wait
 * for it. The store's version numbers restart at every start, so the directory is emptied at start
 * and the first request after it writes the dump again.
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

	private final ReentrantLock generating = new ReentrantLock();

	DumpFiles(RecordStore store, RegistryProperties properties) {
		this.store = store;
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

	/** The dump of the current public data, written now if the data changed since the last one. */
	Dump current(DumpFormat format) {
		Generated known = latest.get(format);
		if (known != null && known.version() == store.publicVersion()) {
			return known.dump();
		}
		generating.lock();
		try {
			// Read before the transaction opens: the dump holds at least this version's data.
			long version = store.publicVersion();
			known = latest.get(format);
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
