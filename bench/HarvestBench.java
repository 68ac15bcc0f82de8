/*
 * Client for bench/harvest.sh: serves bench/SourceCatalog.java's pages from a JDK HttpServer on
 * 127.0.0.1 (in this JVM), adds it to the registry as a DCAT harvest source through the API, runs a
 * first harvest, switches the source to its "1% changed" version, runs a second one, and prints the
 * figures as `key: value` lines (progress to stderr). Read bench/harvest.sh first; it starts the
 * registry (with -Xmx and a GC log) and runs the bulk loader baseline.
 *
 *   java -cp REGISTRY_CLASSPATH:BENCH_CLASSES HarvestBench --registry=http://127.0.0.1:P --token=T --n=N
 *       [--page-size=1000] [--seed=1] [--registry-pid=PID] [--gc-log=FILE] [--registry-log=FILE]
 *       [--baseline=FILE] [--histograms=PREFIX]
 *
 *   --registry-pid  its CPU (by thread) is read from /proc during each run
 *   --gc-log        the registry's -Xlog:gc file: the heap figures of each run come from the lines
 *                   written while it ran
 *   --registry-log  its compactions during each run are counted
 *   --histograms    file prefix: after each run, the registry's class histogram (jcmd, live objects)
 *                   is written to PREFIX-run-N-....log and its total printed
 *   --baseline      key=value lines of the bulk loader run (seconds, quads, datasets): our rate is
 *                   printed as a fraction of it
 *
 * A run's time is the job's own, from its "started" to its "finished" (queueing is not in it).
 * Exit status 1 when a check fails (a count is not what the run must give).
 */

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

public class HarvestBench {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Bench.Options o;

	private final String registry;

	private final String token;

	private final long pid;

	/** Served by the source: pages, bytes, the handler threads' CPU. */
	private final AtomicLong served = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	private final AtomicLong renderNanos = new AtomicLong();

	private boolean ok = true;

	HarvestBench(Bench.Options o) {
		this.o = o;
		this.registry = o.string("registry");
		this.token = o.string("token");
		this.pid = Long.parseLong(o.string("registry-pid", "0"));
	}

	public static void main(String[] args) throws Exception {
		System.exit(new HarvestBench(Bench.Options.parse(args)).run() ? 0 : 1);
	}

	boolean run() throws Exception {
		int n = o.integer("n", 100_000);
		int size = o.integer("page-size", 1000);
		SourceCatalog catalog = new SourceCatalog(n, o.integer("seed", 1));
		HttpServer server = serve(catalog, size);
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/catalog";
			JsonNode source = call("POST", "/api/v1/harvest/sources",
					json.writeValueAsString(Map.of("url", url + "?page=1", "type", "dcat", "title", "Benchmark source")), 201);
			String id = source.get("id").asString();
			log("source %s: %s, %,d datasets in %,d pages of %,d (Turtle, hydra:next)", id, url, n, catalog.pages(size), size);
			System.out.printf(Locale.ROOT, "source: %s?page=1, %,d datasets, %,d pages of %,d, Turtle rendered on the fly per request%n", url, n,
					catalog.pages(size), size);

			Run first = harvest(id, "run 1 (first harvest)");
			first.print("run1", n);
			check("run1 created = N", first.count("created") == n && first.count("rejected") == 0 && first.count("drafted") == 0);

			catalog.changed(true);
			Run second = harvest(id, "run 2 (" + catalog.changedCount() + " datasets changed)");
			second.print("run2", n);
			check("run2 updated = " + catalog.changedCount(), second.count("updated") == catalog.changedCount());
			check("run2 unchanged = N - changed", second.count("unchanged") == n - catalog.changedCount());
			check("run2 created = withdrawn = rejected = 0", second.count("created") == 0 && second.count("withdrawn") == 0
					&& second.count("rejected") == 0 && second.count("drafted") == 0);
			System.out.printf(Locale.ROOT, "run2 / run1 time: %.3f (target <= 0.10: %s)%n", second.seconds / first.seconds,
					second.seconds / first.seconds <= 0.10 ? "met" : "NOT met");
			double rate = n / first.seconds;
			System.out.printf(Locale.ROOT, "run1 rate vs target: %,.0f datasets/s / 1,000 = %.2f (%s)%n", rate, rate / 1000,
					rate >= 1000 ? "met" : "NOT met");
			baseline(rate);
		}
		finally {
			server.stop(0);
		}
		System.out.printf(Locale.ROOT, "source server: %,d pages served, %.1f MB of Turtle, %.1f s of CPU rendering and sending them%n", served.get(),
				bytes.get() / 1e6, renderNanos.get() / 1e9);
		System.out.println(ok ? "checks: all passed" : "checks: FAILED (see the lines marked FAILED)");
		return ok;
	}

	private HttpServer serve(SourceCatalog catalog, int size) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		server.createContext("/catalog", (HttpExchange x) -> {
			long cpu = threads.getCurrentThreadCpuTime();
			try (x) {
				String q = x.getRequestURI().getRawQuery();
				int k = q != null && q.matches("page=\\d{1,7}") ? Integer.parseInt(q.substring(5)) : -1;
				if (k < 1 || k > catalog.pages(size)) {
					x.sendResponseHeaders(404, -1);
					return;
				}
				String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/catalog";
				byte[] body = catalog.page(url, k, size).getBytes(StandardCharsets.UTF_8);
				x.getResponseHeaders().set("Content-Type", "text/turtle; charset=utf-8");
				x.sendResponseHeaders(200, body.length);
				try (OutputStream out = x.getResponseBody()) {
					out.write(body);
				}
				served.incrementAndGet();
				bytes.addAndGet(body.length);
			}
			finally {
				renderNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpu);
			}
		});
		server.setExecutor(Executors.newFixedThreadPool(2));
		server.start();
		return server;
	}

	/** One job, from start to end, with what the machine and the registry did meanwhile. */
	Run harvest(String sourceId, String name) throws Exception {
		settle(name);
		long gcFrom = lines(o.string("gc-log", ""));
		long logFrom = lines(o.string("registry-log", ""));
		long servedFrom = served.get();
		long renderFrom = renderNanos.get();
		Bench.Cpu before = Bench.Cpu.now(pid);
		String job = call("POST", "/api/v1/harvest/sources/" + sourceId + "/jobs", "", 202).get("id").asString();
		log("%s: job %s", name, job);
		List<double[]> progress = new ArrayList<>();
		List<Double> loads = new ArrayList<>();
		long t0 = System.nanoTime();
		long lastLog = t0;
		JsonNode j;
		while (true) {
			Thread.sleep(250);
			j = call("GET", "/api/v1/harvest/jobs/" + job, null, 200);
			long now = System.nanoTime();
			int done = 0;
			for (String k : List.of("created", "updated", "unchanged", "rejected", "drafted")) {
				done += j.path(k).asInt();
			}
			progress.add(new double[] { (now - t0) / 1e9, done });
			loads.add(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
			String status = j.path("status").asString();
			if (status.equals("finished") || status.equals("failed")) {
				break;
			}
			if (now - lastLog > 15_000_000_000L) {
				lastLog = now;
				log("  %s: %s, %d pages, %,d records so far (%,.0f/s)", name, status, j.path("pages").asInt(), done, done / ((now - t0) / 1e9));
			}
		}
		Bench.Cpu after = Bench.Cpu.now(pid);
		Run r = new Run(name, j, progress, loads, before, after, Gc.window(o.string("gc-log", ""), gcFrom),
				compactions(o.string("registry-log", ""), logFrom), served.get() - servedFrom, (renderNanos.get() - renderFrom) / 1e9);
		check(name + " finished", j.path("status").asString().equals("finished") && j.path("complete").asBoolean());
		log("%s: %s in %.1f s", name, j.path("status").asString(), r.seconds);
		histogram(name);
		return r;
	}

	/**
	 * Waits until the registry uses under 0.1 cores over 5 s: a run's writes leave compactions
	 * behind, and a scheduled harvest comes hours after the previous one, not during its aftermath.
	 */
	private void settle(String name) throws Exception {
		if (pid <= 0) {
			return;
		}
		long start = System.nanoTime();
		long ticks = Bench.Cpu.now(pid).serverTicks();
		for (int i = 0; i < 120; i++) {
			Thread.sleep(5_000);
			long now = Bench.Cpu.now(pid).serverTicks();
			if (now - ticks < 50) {
				break;
			}
			ticks = now;
		}
		System.out.printf(Locale.ROOT, "before %s: waited %.0f s for the registry to be idle (under 0.1 cores over 5 s)%n", name,
				(System.nanoTime() - start) / 1e9);
	}

	/** The registry's live objects after a run (jcmd forces a full GC): what holds its heap. */
	private void histogram(String name) throws Exception {
		String out = o.string("histograms", "");
		if (pid <= 0 || out.isEmpty()) {
			return;
		}
		Path file = Path.of(out + "-" + name.replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "") + ".log");
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).redirectOutput(file.toFile()).start();
		p.waitFor();
		try (var l = Files.lines(file)) {
			String total = l.filter((s) -> s.startsWith("Total")).findFirst().orElse("?");
			System.out.printf(Locale.ROOT, "after %s: live heap (jcmd GC.class_histogram, after a full GC): %s bytes in %s%n", name,
					total.replaceAll("\\s+", " "), file.getFileName());
		}
	}

	/** The bulk loader's rate, and ours as a fraction of it. */
	private void baseline(double rate) throws IOException {
		String file = o.string("baseline", "");
		if (file.isEmpty() || !Files.exists(Path.of(file))) {
			System.out.println("baseline: not run");
			return;
		}
		Properties p = new Properties();
		try (var in = Files.newInputStream(Path.of(file))) {
			p.load(in);
		}
		double seconds = Double.parseDouble(p.getProperty("seconds"));
		long quads = Long.parseLong(p.getProperty("quads"));
		long datasets = Long.parseLong(p.getProperty("datasets"));
		System.out.printf(Locale.ROOT, "baseline: tdb2.tdbloader (%s loader) of the same %,d datasets as one N-Quads file (%,d quads, one graph per"
				+ " dataset) into an empty TDB2, no validation, no HTTP: %.1f s = %,.0f datasets/s, %,.0f quads/s%n", p.getProperty("loader"), datasets,
				quads, seconds, datasets / seconds, quads / seconds);
		System.out.printf(Locale.ROOT, "run1 rate / bulk loader rate: %,.0f / %,.0f = %.3f%n", rate, datasets / seconds, rate / (datasets / seconds));
	}

	private JsonNode call(String method, String path, String body, int expected) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(registry + path)).timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token).header("Accept", "application/json");
		if (body != null) {
			b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != expected) {
			throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + " (expected " + expected + "): " + r.body());
		}
		return json.readTree(r.body());
	}

	private void check(String what, boolean passed) {
		if (!passed) {
			ok = false;
		}
		System.out.printf(Locale.ROOT, "check %s: %s%n", what, passed ? "ok" : "FAILED");
	}

	static long lines(String file) throws IOException {
		if (file.isEmpty() || !Files.exists(Path.of(file))) {
			return 0;
		}
		try (var l = Files.lines(Path.of(file), StandardCharsets.ISO_8859_1)) {
			return l.count();
		}
	}

	/** "Compacted the X database in N ms" lines the registry logged since line `from`: count and total ms. */
	static long[] compactions(String file, long from) throws IOException {
		if (file.isEmpty() || !Files.exists(Path.of(file))) {
			return new long[] { 0, 0 };
		}
		long[] out = { 0, 0 };
		try (var l = Files.lines(Path.of(file), StandardCharsets.ISO_8859_1)) {
			l.skip(from).map((s) -> s.replaceAll(".*Compacted the \\w+ database in (\\d+) ms.*", "$1")).filter((s) -> s.matches("\\d+")).forEach((s) -> {
				out[0]++;
				out[1] += Long.parseLong(s);
			});
		}
		return out;
	}

	static void log(String format, Object... args) {
		System.err.printf(Locale.ROOT, "[harvest] " + format + "%n", args);
	}

	/** What a run printed. */
	record Run(String name, JsonNode job, List<double[]> progress, List<Double> loads, Bench.Cpu before, Bench.Cpu after, Gc gc,
			long[] compactions, long pagesServed, double sourceCpu, double seconds) {

		Run(String name, JsonNode job, List<double[]> progress, List<Double> loads, Bench.Cpu before, Bench.Cpu after, Gc gc,
				long[] compactions, long pagesServed, double sourceCpu) {
			this(name, job, progress, loads, before, after, gc, compactions, pagesServed, sourceCpu,
					Duration.between(Instant.parse(job.path("started").asString()), Instant.parse(job.path("finished").asString())).toMillis() / 1000.0);
		}

		int count(String k) {
			return job.path(k).asInt();
		}

		void print(String key, int n) {
			double wall = (after.wallNanos() - before.wallNanos()) / 1e9;
			double hz = 100.0;
			System.out.printf(Locale.ROOT, "%s: %s%n", key, name);
			System.out.printf(Locale.ROOT, "%s status: %s, complete %s, pages %d, errors %s%n", key, job.path("status").asString(),
					job.path("complete").asBoolean(), job.path("pages").asInt(), job.path("errors"));
			System.out.printf(Locale.ROOT, "%s counts: created %d, updated %d, unchanged %d, withdrawn %d, rejected %d, drafted %d%n", key,
					count("created"), count("updated"), count("unchanged"), count("withdrawn"), count("rejected"), count("drafted"));
			System.out.printf(Locale.ROOT, "%s seconds: %.1f (job started %s, finished %s)%n", key, seconds, job.path("started").asString(),
					job.path("finished").asString());
			System.out.printf(Locale.ROOT, "%s datasets/s: %,.0f%n", key, n / seconds);
			if (progress.size() > 20 && n >= 10_000) {
				StringBuilder tenths = new StringBuilder();
				double previous = 0;
				for (int k = 1; k <= 10; k++) {
					double target = n * k / 10.0;
					double t = progress.stream().filter((p) -> p[1] >= target).mapToDouble((p) -> p[0]).findFirst().orElse(Double.NaN);
					tenths.append(String.format(Locale.ROOT, " %,.0f", n / 10.0 / (t - previous)));
					previous = t;
				}
				System.out.printf(Locale.ROOT, "%s datasets/s by tenth of the source (polled every 0.25 s):%s%n", key, tenths);
			}
			System.out.printf(Locale.ROOT, "%s registry CPU: %.2f cores (%.0f s of CPU); whole machine busy %.2f of %d cores; load average (1 min)"
					+ " during the run: mean %.2f, max %.2f%n", key, (after.serverTicks() - before.serverTicks()) / hz / wall,
					(after.serverTicks() - before.serverTicks()) / hz, (double) Runtime.getRuntime().availableProcessors() * (after.machineBusy() - before.machineBusy())
							/ Math.max(1, after.machineTotal() - before.machineTotal()), Runtime.getRuntime().availableProcessors(),
					loads.stream().mapToDouble(Double::doubleValue).average().orElse(0), loads.stream().mapToDouble(Double::doubleValue).max().orElse(0));
			StringBuilder threads = new StringBuilder();
			after.serverThreads().entrySet().stream()
				.map((e) -> Map.entry(e.getKey(), e.getValue() - before.serverThreads().getOrDefault(e.getKey(), 0L)))
				.sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(7)
				.forEach((e) -> threads.append(String.format(Locale.ROOT, "  %s %.0f s", e.getKey(), e.getValue() / hz)));
			System.out.printf(Locale.ROOT, "%s registry CPU by thread (CPU seconds):%s%n", key, threads);
			System.out.printf(Locale.ROOT, "%s source server: %d pages, %.1f s of CPU%n", key, pagesServed, sourceCpu);
			System.out.printf(Locale.ROOT, "%s compactions during the run: %d, %.1f s in all%n", key, compactions[0], compactions[1] / 1000.0);
			System.out.printf(Locale.ROOT, "%s heap (from the GC log): %s%n", key, gc);
		}

	}

	/** Heap figures of the -Xlog:gc lines of one window. */
	record Gc(int pauses, int full, double maxUsedMb, double maxAfterMb, double maxCommittedMb, double pauseMs) {

		private static final java.util.regex.Pattern PAUSE = java.util.regex.Pattern
			.compile("Pause (.*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([0-9.]+)ms");

		static Gc window(String file, long from) throws IOException {
			if (file.isEmpty() || !Files.exists(Path.of(file))) {
				return null;
			}
			int[] counts = { 0, 0 };
			double[] max = { 0, 0, 0, 0 };
			try (var l = Files.lines(Path.of(file), StandardCharsets.ISO_8859_1)) {
				l.skip(from).forEach((s) -> {
					var m = PAUSE.matcher(s);
					if (m.find()) {
						counts[0]++;
						counts[1] += m.group(1).startsWith("Full") ? 1 : 0;
						max[0] = Math.max(max[0], mb(m.group(2), m.group(3)));
						max[1] = Math.max(max[1], mb(m.group(4), m.group(5)));
						max[2] = Math.max(max[2], mb(m.group(6), m.group(7)));
						max[3] += Double.parseDouble(m.group(8));
					}
				});
			}
			return new Gc(counts[0], counts[1], max[0], max[1], max[2], max[3]);
		}

		private static double mb(String v, String unit) {
			return Long.parseLong(v) * switch (unit) {
				case "K" -> 1 / 1024.0;
				case "G" -> 1024.0;
				default -> 1.0;
			};
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "max used (before a GC) %.0f MB, max after GC %.0f MB, max committed %.0f MB; %d pauses (%d full), %.1f s paused",
					maxUsedMb, maxAfterMb, maxCommittedMb, pauses, full, pauseMs / 1000);
		}

	}

}
