/*
 * In-process loader for bench/sparql.sh: builds a registry data directory holding the 6 generated
 * publishers and N generated datasets (bench/Bench.java's Generator, the same records bench/run.sh
 * PUTs), all published, written through the registry's own RecordService (shaping, SHACL
 * validation, history, public projection) over a TdbRecordStore, as the service-tier tests do.
 * No HTTP: loading 100,000 datasets through PUT runs at about 60 records/s, which is far too slow
 * to prepare a SPARQL benchmark.
 *
 * Compiled together with bench/Bench.java against the registry's classes and libraries (the
 * script takes them from the packaged jar), then run as:
 *
 *   java -cp REGISTRY_CLASSPATH:BENCH_CLASSES SeedStore --data=DIR --base=URI --n=N
 *       [--seed=1] [--max-batch=5000] [--in-flight=10000] [--compact=public]
 *
 *   --data       the registry data directory to create (must not hold a store yet); the registry
 *                starts on it with --registry.data-dir=DIR and the same --registry.base-uri
 *   --base       the registry's base URI; every stored IRI starts with it
 *   --max-batch  the group committer's largest batch (registry.writes.max-batch is 200 in the app;
 *                5000 loads 100,000 datasets at about 400/s here, 1000 at about 220/s, and leaves
 *                less garbage for the compaction)
 *   --in-flight  puts submitted at once (virtual threads), so that batches fill up (default twice
 *                the batch)
 *   --compact    which databases to compact at the end: public (default; the one SPARQL reads and
 *                the one the script copies for Fuseki), all, or none
 *
 * Compaction is off during the load (as if registry.writes.compact-every were 0); the public
 * database (or, with --compact=all, both) is compacted once at the end, so what the SPARQL
 * endpoints read is as small as TDB2 makes it and laid out as a compacted production store. The last
 * batch's "projection pending" marks are cleared by an empty batch, so the registry's start-up
 * finds nothing to re-project.
 *
 * Prints the load time and rate (stdout: key=value lines the script reads; stderr: progress).
 */

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordStatus;
import org.registro.store.TdbRecordStore;
import org.registro.system.RegistryProperties;
import org.registro.validation.RecordValidator;
import org.registro.vocabulary.Vocabularies;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.DefaultResourceLoader;

public class SeedStore {

	private static final String ACTOR = "bench-seed";

	public static void main(String[] args) throws Exception {
		Bench.Options o = Bench.Options.parse(args);
		Path data = Path.of(o.string("data")).toAbsolutePath();
		String base = o.string("base");
		int n = o.integer("n", 100_000);
		int seed = o.integer("seed", 1);
		int maxBatch = o.integer("max-batch", 5000);
		int inFlight = o.integer("in-flight", 2 * maxBatch);
		String compact = o.string("compact", "public");
		List<String> toCompact = switch (compact) {
			case "public" -> List.of("public");
			case "all" -> List.of("workspace", "public");
			case "none" -> List.of();
			default -> throw new IllegalArgumentException("--compact must be public, all or none");
		};
		for (String db : new String[] { "workspace", "public" }) {
			Path p = data.resolve(db);
			if (Files.isDirectory(p)) {
				try (Stream<Path> files = Files.list(p)) {
					if (files.findAny().isPresent()) {
						throw new IllegalStateException(p + " already holds a database; SeedStore only builds new data directories");
					}
				}
			}
		}
		Files.createDirectories(data);

		// The registry's own configuration binding, so every default is the application's.
		RegistryProperties properties = new Binder(new MapConfigurationPropertySource(
				Map.of("registry.base-uri", base, "registry.data-dir", data.toString(), "registry.demo-data", "false")))
			.bindOrCreate("registry", RegistryProperties.class);
		if (!properties.baseUri().equals(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)) {
			throw new IllegalStateException("base URI bound as " + properties.baseUri() + ", expected " + base);
		}
		Vocabularies vocabularies = new Vocabularies();
		TdbRecordStore store = new TdbRecordStore(data, maxBatch, 0);
		RecordValidator validator = new RecordValidator(properties, vocabularies, new DefaultResourceLoader());
		RecordService records = new RecordService(store, validator, properties, Clock.systemUTC());
		Bench.Generator generator = new Bench.Generator(properties.baseUri(), seed);

		long start = System.nanoTime();
		for (String p : Bench.Generator.PUBLISHERS) {
			records.put(new RecordRef(RecordKind.PUBLISHER, p), parse(generator.publisherStatements(p), properties.baseUri()),
					RecordStatus.PUBLISHED, ACTOR);
		}
		log("%d publishers stored; loading %,d datasets (max batch %d, %d in flight)", Bench.Generator.PUBLISHERS.size(), n, maxBatch,
				inFlight);

		long datasetsStart = System.nanoTime();
		Semaphore slots = new Semaphore(inFlight);
		AtomicInteger done = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		Map<String, String> firstFailures = new ConcurrentHashMap<>();
		long[] tenths = new long[10];
		AtomicLong lastLog = new AtomicLong(System.nanoTime());
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < n; i++) {
				slots.acquire();
				int index = i;
				pool.execute(() -> {
					try {
						records.put(new RecordRef(RecordKind.DATASET, generator.datasetId(index)),
								parse(generator.datasetStatements(index), properties.baseUri()), RecordStatus.PUBLISHED, ACTOR);
					}
					catch (RuntimeException ex) {
						failed.incrementAndGet();
						if (firstFailures.size() < 5) {
							firstFailures.putIfAbsent(generator.datasetId(index), String.valueOf(ex));
						}
					}
					finally {
						slots.release();
						int k = done.incrementAndGet();
						if (k % Math.max(1, n / 10) == 0 && k / Math.max(1, n / 10) <= 10) {
							tenths[k / Math.max(1, n / 10) - 1] = System.nanoTime();
						}
						long now = System.nanoTime();
						long last = lastLog.get();
						if (now - last > 30_000_000_000L && lastLog.compareAndSet(last, now)) {
							log("%,d of %,d datasets stored (%,.0f records/s so far)", k, n, k * 1e9 / (now - datasetsStart));
						}
					}
				});
			}
		}
		long datasetsEnd = System.nanoTime();
		// An empty batch: clears the "projection pending" marks the last batches left in the workspace.
		store.submit((staging) -> null).join();
		store.close();
		long loaded = System.nanoTime();
		firstFailures.forEach((id, why) -> log("failed: %s: %s", id, why));
		if (failed.get() > 0) {
			log("%,d of %,d datasets failed", failed.get(), n);
			System.exit(1);
		}

		double loadSeconds = (loaded - start) / 1e9;
		double rate = n / ((datasetsEnd - datasetsStart) / 1e9);
		StringBuilder byTenth = new StringBuilder();
		long previous = datasetsStart;
		for (long t : tenths) {
			if (t > 0) {
				byTenth.append(String.format(Locale.ROOT, " %,.0f", (n / 10) * 1e9 / (t - previous)));
				previous = t;
			}
		}
		log("loaded in %.1f s: %,.0f datasets/s; by tenth of the load, records/s:%s", loadSeconds, rate, byTenth);
		long sizeBefore = size(data);

		long compactStart = System.nanoTime();
		for (String db : toCompact) {
			DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(data.resolve(db).toString());
			DatabaseMgr.compact(dsg, true);
			TDBInternal.expel(dsg);
		}
		double compactSeconds = (System.nanoTime() - compactStart) / 1e9;
		log("compacted %s in %.1f s: %,d MB -> %,d MB (public %,d MB)", String.join(" and ", toCompact), compactSeconds, sizeBefore >> 20, size(data) >> 20,
				size(data.resolve("public")) >> 20);

		System.out.printf(Locale.ROOT, "n=%d%nseed=%d%nbase=%s%nmax_batch=%d%nin_flight=%d%nload_seconds=%.1f%nload_rate=%.0f%n"
				+ "load_by_tenth=%s%ncompact_seconds=%.1f%nmb_before_compaction=%d%nmb_after_compaction=%d%npublic_mb=%d%n", n, seed,
				properties.baseUri(), maxBatch, inFlight, loadSeconds, rate, byTenth.toString().strip(), compactSeconds,
				sizeBefore >> 20, size(data) >> 20, size(data.resolve("public")) >> 20);
	}

	private static Graph parse(String statements, String base) {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(Bench.Generator.PREFIXES + statements, Lang.TURTLE).base(base + "/").parse(graph);
		return graph;
	}

	private static long size(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong((f) -> f.toFile().length()).sum();
		}
	}

	private static void log(String format, Object... args) {
		System.err.printf(Locale.ROOT, "[seed] " + format + "%n", args);
	}

}
