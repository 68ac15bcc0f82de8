/*
 * Client for bench/feed.sh: times the harvest feed (GET /catalog.ttl with Hydra paging by keyset
 * cursor) and, on the same server and data, offset paging with SPARQL on /sparql. Read
 * bench/feed.sh first; it seeds the store and starts the registry. Compiled together with
 * bench/Bench.java (its options parser) against the registry's classes and libraries (Jena parses
 * the pages, as a harvester's RDF client would).
 *
 *   java -cp REGISTRY_CLASSPATH:BENCH_CLASSES FeedBench --server=http://127.0.0.1:P --base=URI --n=N
 *       [--sizes=100,1000] [--reps=20] [--warmup=5] [--offset-reps=5] [--offset-samples=11]
 *
 *   --server   where the registry listens; --base its registry.base-uri (links under --base are
 *              fetched from --server, so a store seeded for another port still works)
 *   --n        the datasets the store holds: the walk must see exactly this many
 *   --sizes    page sizes; each gets its single-page timings and a full walk. The offset baseline
 *              runs for the first size only
 *   --reps     timed repetitions per feed page (median reported), after --warmup untimed ones;
 *              the pages are interleaved (one request to each, round after round) so drift in the
 *              machine's state falls on all of them alike
 *   --offset-reps     the same for the SPARQL offset pages (each costs a sort of the whole catalog)
 *   --offset-samples  evenly spaced offsets, one timed query each, from which the full offset walk
 *              is estimated (pages x the trapezoid mean of the samples); a real offset walk at
 *              N=100,000 would take too long
 *
 * A "latency" is from sending the request until the last byte of the (uncompressed) body is read;
 * parsing is not in it. The walk's time includes parsing each page and finding its next link,
 * which is what a harvester does. One client, one request at a time, on a persistent connection.
 */

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.registro.vocabulary.Hydra;

public class FeedBench {

	static final String OFFSET_QUERY = """
			PREFIX dct:  <http://purl.org/dc/terms/>
			PREFIX foaf: <http://xmlns.com/foaf/0.1/>
			SELECT ?d ?m WHERE { GRAPH ?g { ?r foaf:primaryTopic ?d ; dct:modified ?m } }
			ORDER BY DESC(?m) ?d LIMIT %d OFFSET %d
			""";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String server;

	private final String base;

	FeedBench(String server, String base) {
		this.server = strip(server);
		this.base = strip(base);
	}

	public static void main(String[] args) throws Exception {
		Bench.Options o = Bench.Options.parse(args);
		FeedBench bench = new FeedBench(o.string("server"), o.string("base"));
		int n = o.integer("n", 100_000);
		int reps = o.integer("reps", 20);
		int warmup = o.integer("warmup", 5);
		int[] sizes = Arrays.stream(o.string("sizes", "100,1000").split(",")).mapToInt(Integer::parseInt).toArray();
		boolean ok = true;
		Map<String, Double> firstSize = null;
		for (int size : sizes) {
			Map<String, Double> feed = bench.feed(size, n, reps, warmup);
			ok &= feed.get("ok") == 1;
			if (firstSize == null) {
				firstSize = feed;
			}
		}
		ok &= bench.offset(sizes[0], n, o.integer("offset-reps", 5), o.integer("offset-samples", 11), firstSize);
		System.out.println();
		System.out.println(ok ? "CHECKS: all passed" : "CHECKS: FAILED (see the lines marked FAILED above)");
		System.exit(ok ? 0 : 1);
	}

	/** One page size: the walk (every dataset once), then the single pages' latencies. */
	Map<String, Double> feed(int size, int n, int reps, int warmup) throws Exception {
		String first = server + "/catalog.ttl?page_size=" + size;
		log("page size %d: first page and the walk to page 100 (warm-up)", size);
		Page p1 = page(first);
		Page p = p1;
		for (int i = 1; i < 100 && p.next != null; i++) {
			p = page(p.next);
		}
		log("page size %d: full walk following hydra:next", size);
		List<String> urls = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int duplicates = 0;
		long bytes = 0;
		long fetchNanos = 0;
		long start = System.nanoTime();
		String url = first;
		Page last = null;
		while (url != null) {
			urls.add(url);
			Page page = page(url);
			for (String d : page.datasets) {
				if (!seen.add(d)) {
					duplicates++;
				}
			}
			bytes += page.bytes;
			fetchNanos += page.nanos;
			last = page;
			url = page.next;
			if (urls.size() % 200 == 0) {
				log("  %,d pages, %,d datasets", urls.size(), seen.size());
			}
		}
		double walkSeconds = (System.nanoTime() - start) / 1e9;
		int pages = urls.size();

		Map<String, String> timed = new LinkedHashMap<>();
		timed.put("page 1", first);
		if (pages >= 100) {
			timed.put("page 100 (its cursor URL)", urls.get(99));
		}
		if (pages >= 2) {
			timed.put("page " + (pages - 1) + ", before the last (walked)", urls.get(pages - 2));
		}
		timed.put("page " + pages + ", the last (walked)", urls.get(pages - 1));
		timed.put("last page by the hydra:last link", p1.last);
		log("page size %d: %d warm-up and %d timed rounds over %d pages", size, warmup, reps, timed.size());
		Map<String, long[]> times = interleave(timed, warmup, reps, this::fetchFeed);

		System.out.println();
		System.out.printf(Locale.ROOT, "== Harvest feed, page size %d: GET %s, Turtle, no compression ==%n", size, "/catalog.ttl?page_size=" + size);
		System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s%n", "page (median of " + reps + ")", "p50 ms", "min ms", "max ms");
		Map<String, Double> medians = new LinkedHashMap<>();
		times.forEach((name, t) -> {
			medians.put(name, median(t));
			System.out.printf(Locale.ROOT, "%-44s %9.1f %9.1f %9.1f%n", name, median(t), t[0] / 1e6, t[t.length - 1] / 1e6);
		});
		double m1 = medians.get("page 1");
		double walkedLast = medians.get("page " + pages + ", the last (walked)");
		double linkLast = medians.get("last page by the hydra:last link");
		if (pages >= 100) {
			System.out.printf(Locale.ROOT, "ratio page 100 / page 1:                 %.2f%n", medians.get("page 100 (its cursor URL)") / m1);
		}
		System.out.printf(Locale.ROOT, "ratio last page (hydra:last) / page 1:   %.2f   (target <= 1.5: %s)%n", linkLast / m1,
				linkLast / m1 <= 1.5 ? "met" : "NOT met");
		System.out.printf(Locale.ROOT, "ratio last page (walked) / page 1:       %.2f   (target <= 1.5: %s)%n", walkedLast / m1,
				walkedLast / m1 <= 1.5 ? "met" : "NOT met");
		System.out.printf(Locale.ROOT, "full walk: %,d page(s), %,d datasets in %.1f s = %,.0f datasets/s, %,.1f pages/s; %.1f MB of Turtle;"
				+ " of the time, %.1f s waiting for responses and %.1f s parsing%n", pages, seen.size(), walkSeconds, seen.size() / walkSeconds,
				pages / walkSeconds, bytes / 1e6, fetchNanos / 1e9, walkSeconds - fetchNanos / 1e9);
		boolean complete = duplicates == 0 && seen.size() == p1.total && p1.total == n;
		System.out.printf(Locale.ROOT, "walk check: hydra:totalItems %,d, expected %,d, seen %,d distinct, %d seen twice: %s%n", p1.total, n,
				seen.size(), duplicates, complete ? "ok" : "FAILED");
		if (last.datasets.isEmpty()) {
			System.out.println("note: the last walked page is empty");
		}
		medians.put("ok", complete ? 1.0 : 0.0);
		medians.put("pages", (double) pages);
		medians.put("walk", walkSeconds);
		medians.put("total", (double) p1.total);
		return medians;
	}

	/**
	 * The baseline: LIMIT/OFFSET paging with SPARQL on /sparql over the same public data, in the
	 * order of the feed (modified desc, then the dataset's IRI).
	 */
	boolean offset(int size, int n, int reps, int samples, Map<String, Double> keyset) throws Exception {
		int total = (int) Math.round(keyset.get("total"));
		int pages = (total + size - 1) / size;
		Map<String, String> timed = new LinkedHashMap<>();
		timed.put("page 1", OFFSET_QUERY.formatted(size, 0));
		if (pages >= 100) {
			timed.put("page 100", OFFSET_QUERY.formatted(size, 99 * size));
		}
		timed.put("page " + pages + ", the last", OFFSET_QUERY.formatted(size, (pages - 1) * size));
		log("offset baseline, page size %d: 2 warm-up and %d timed rounds over %d pages", size, reps, timed.size());
		Map<String, long[]> times = interleave(timed, 2, reps, this::fetchSparql);

		// The answers: a full page of distinct datasets, and the last one short by the remainder.
		boolean ok = true;
		List<String> firstRows = rows(fetchSparqlBody(timed.get("page 1")));
		List<String> lastRows = rows(fetchSparqlBody(timed.get("page " + pages + ", the last")));
		int lastExpected = total - (pages - 1) * size;
		if (firstRows.size() != Math.min(size, total) || lastRows.size() != lastExpected) {
			ok = false;
		}

		log("offset baseline: %d sampled offsets for the walk estimate", samples);
		double[] sampled = new double[samples];
		for (int i = 0; i < samples; i++) {
			int pageIndex = samples == 1 ? 0 : (int) Math.round((double) i * (pages - 1) / (samples - 1));
			long t0 = System.nanoTime();
			fetchSparqlBody(OFFSET_QUERY.formatted(size, pageIndex * size));
			sampled[i] = (System.nanoTime() - t0) / 1e6;
		}
		double trapezoid = samples == 1 ? sampled[0]
				: (Arrays.stream(sampled).sum() - (sampled[0] + sampled[samples - 1]) / 2) / (samples - 1);
		double walkEstimate = trapezoid * pages / 1000;

		System.out.println();
		System.out.printf(Locale.ROOT, "== Baseline: offset paging with SPARQL on /sparql, page size %d (POST, TSV results) ==%n", size);
		System.out.println(OFFSET_QUERY.formatted(size, 0).strip().replace("\n", " ").replace("OFFSET 0", "OFFSET k"));
		System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %14s%n", "page (median of " + reps + ")", "p50 ms", "min ms", "max ms",
				"offset/keyset");
		Map<String, Double> keysetByOffsetName = Map.of("page 1", keyset.get("page 1"), "page 100",
				keyset.getOrDefault("page 100 (its cursor URL)", Double.NaN), "page " + pages + ", the last",
				keyset.getOrDefault("page " + pages + ", the last (walked)", Double.NaN));
		double m1 = median(times.get("page 1"));
		times.forEach((name, t) -> System.out.printf(Locale.ROOT, "%-44s %9.1f %9.1f %9.1f %14.1f%n", name, median(t), t[0] / 1e6,
				t[t.length - 1] / 1e6, median(t) / keysetByOffsetName.get(name)));
		double lastOffset = median(times.get("page " + pages + ", the last"));
		if (pages >= 100) {
			System.out.printf(Locale.ROOT, "ratio page 100 / page 1:                 %.2f%n", median(times.get("page 100")) / m1);
		}
		System.out.printf(Locale.ROOT, "ratio last page / page 1:                %.2f%n", lastOffset / m1);
		System.out.printf(Locale.ROOT, "sampled pages (ms, 1 query each, evenly spaced from page 1 to %d): %s%n", pages,
				String.join(" ", Arrays.stream(sampled).mapToObj((v) -> String.format(Locale.ROOT, "%.0f", v)).toList()));
		System.out.printf(Locale.ROOT, "full offset walk, ESTIMATED from the samples (not run): %,d pages x %.0f ms = %.0f s"
				+ " = %,.0f datasets/s (the keyset walk above: %.1f s, %.1fx faster)%n", pages, trapezoid, walkEstimate,
				total / walkEstimate, keyset.get("walk"), walkEstimate / keyset.get("walk"));
		System.out.printf(Locale.ROOT, "answer check: page 1 has %d rows (%d distinct datasets), the last page %d (expected %d): %s%n",
				firstRows.size(), new HashSet<>(firstRows).size(), lastRows.size(), lastExpected, ok ? "ok" : "FAILED");
		return ok;
	}

	interface Fetch {

		void run(String what) throws Exception;

	}

	/** Every entry once per round, in order, round after round; the sorted times of each. */
	private static Map<String, long[]> interleave(Map<String, String> what, int warmup, int reps, Fetch fetch) throws Exception {
		Map<String, long[]> times = new LinkedHashMap<>();
		what.keySet().forEach((k) -> times.put(k, new long[reps]));
		for (int round = -warmup; round < reps; round++) {
			for (Map.Entry<String, String> e : what.entrySet()) {
				long t0 = System.nanoTime();
				fetch.run(e.getValue());
				if (round >= 0) {
					times.get(e.getKey())[round] = System.nanoTime() - t0;
				}
			}
		}
		times.values().forEach(Arrays::sort);
		return times;
	}

	record Page(List<String> datasets, String next, String last, long total, long bytes, long nanos) {
	}

	/** A feed page: fetched, parsed, its datasets and links. */
	Page page(String url) throws Exception {
		long t0 = System.nanoTime();
		byte[] body = fetchFeedBody(url);
		long nanos = System.nanoTime() - t0;
		Graph g = GraphFactory.createDefaultGraph();
		RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.TURTLE).base(url).parse(g);
		Node catalog = NodeFactory.createURI(base + "/catalog");
		List<String> datasets = g.find(catalog, DCAT.dataset.asNode(), Node.ANY).mapWith((t) -> t.getObject().getURI()).toList();
		Node view = g.find(catalog, Hydra.view.asNode(), Node.ANY).mapWith((t) -> t.getObject()).toList().stream().findFirst()
			.orElseThrow(() -> new IllegalStateException(url + ": no hydra:view on " + catalog));
		String next = link(g, view, Hydra.next.asNode());
		String last = link(g, view, Hydra.last.asNode());
		long total = g.find(view, Hydra.totalItems.asNode(), Node.ANY).mapWith((t) -> ((Number) t.getObject().getLiteralValue()).longValue())
			.toList().stream().findFirst().orElseThrow(() -> new IllegalStateException(url + ": no hydra:totalItems"));
		return new Page(datasets, next, last, total, body.length, nanos);
	}

	private String link(Graph g, Node view, Node property) {
		return g.find(view, property, Node.ANY).mapWith((t) -> local(t.getObject().getURI())).toList().stream().findFirst().orElse(null);
	}

	/** A link under the registry's base URI, fetched from where the server listens. */
	private String local(String iri) {
		return iri.startsWith(base + "/") ? server + iri.substring(base.length()) : iri;
	}

	private void fetchFeed(String url) throws Exception {
		fetchFeedBody(url);
	}

	private byte[] fetchFeedBody(String url) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").timeout(Duration.ofSeconds(60)).build();
		return check(url, http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
	}

	private void fetchSparql(String query) throws Exception {
		fetchSparqlBody(query);
	}

	private byte[] fetchSparqlBody(String query) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/sparql"))
			.header("Content-Type", "application/sparql-query")
			.header("Accept", "text/tab-separated-values")
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(query))
			.build();
		return check("/sparql", http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
	}

	private static byte[] check(String what, HttpResponse<byte[]> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
					+ new String(response.body(), StandardCharsets.UTF_8).lines().limit(5).toList());
		}
		return response.body();
	}

	/** The first column of a TSV result, without its header. */
	private static List<String> rows(byte[] tsv) {
		return new String(tsv, StandardCharsets.UTF_8).lines().skip(1).filter((l) -> !l.isBlank()).map((l) -> l.split("\t")[0]).toList();
	}

	private static double median(long[] sorted) {
		int m = sorted.length / 2;
		return (sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2.0) / 1e6;
	}

	private static String strip(String uri) {
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	private static void log(String format, Object... args) {
		System.err.printf(Locale.ROOT, "[feed] " + format + "%n", args);
	}

}
