/*
 * Query client for bench/sparql.sh: the same fixed mix of 10 SPARQL queries against the registry's
 * /sparql and against a standalone Fuseki serving a copy of the same TDB2 database, alternating
 * between the two, with 1 and with 8 concurrent clients. Read bench/sparql.sh first; it loads the
 * data and starts both servers. JDK only; compiled together with bench/Bench.java, whose HTTP/1.1
 * client (Bench.Connection), CPU readings (Bench.Cpu) and options parser it uses.
 *
 *   java -cp BENCH_CLASSES SparqlBench --registry=http://127.0.0.1:P/sparql --fuseki=http://127.0.0.1:Q/sparql
 *       --base=URI --n=N [--registry-pid=PID] [--fuseki-pid=PID] [--clk-tck=100] [--seed=1]
 *       [--clients=1,8] [--duration=6] [--rounds=2] [--warmup=4] [--mix-warmup=20]
 *       [--queries=name,name,...] [--method=post|get] [--check-only=false] [--names=registry,Fuseki] [--labels=reg,Fus]
 *       [--ratios-out=FILE]
 *   java -cp BENCH_CLASSES SparqlBench summarize FILE...
 *
 *   --base, --n  the base URI and the number of datasets the store was loaded with (queries name
 *                generated datasets, publishers and identifiers)
 *   --clients    the client counts, one phase each
 *   --duration   seconds of one measured segment; --rounds segments per server, per query, per phase
 *   --warmup     seconds of unmeasured warm-up per server before each query's segments
 *   --mix-warmup seconds of the whole mix from 2 clients on each server before the first phase
 *   --names, --labels  what to call the two servers (bench/sparql.sh --aa compares two Fusekis)
 *   --ratios-out a file for the per-query figures (tab-separated), which "summarize" reads back to
 *                give the median over several runs (bench/sparql.sh --repeat)
 *
 * Order: (1) the answer check: every query with 3 parameter sets on both servers; the row counts
 * (and the rows themselves, as multisets) must agree, otherwise a WARNING row says so and the
 * query's ratio is marked; (2) a warm-up of the whole mix on each server; (3) for each client
 * count, for each query: a warm-up on each server, then rounds alternating registry and Fuseki in
 * ABBA order (registry-Fuseki, then Fuseki-registry, ...), so drift in the machine's state falls
 * on both alike. Only one server is under load at a time; the other idles.
 *
 * Closed loop: each client sends its next query when the previous one has been read in full.
 * Queries take parameters (a dataset, a publisher, a theme, a month, ...) from a random sequence
 * seeded by query, client and round, so both servers get exactly the same queries in the same
 * order. q/s is completed queries over the segment's wall time (until the last answer of the
 * segment); p50/p99 are nearest-rank over every latency of all the rounds of a server.
 */

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

public class SparqlBench {

	static final String PREFIXES = """
			PREFIX dcat:  <http://www.w3.org/ns/dcat#>
			PREFIX dct:   <http://purl.org/dc/terms/>
			PREFIX foaf:  <http://xmlns.com/foaf/0.1/>
			PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
			PREFIX skos:  <http://www.w3.org/2004/02/skos/core#>
			PREFIX xsd:   <http://www.w3.org/2001/XMLSchema#>
			""";

	static final String EU = "http://publications.europa.eu/resource/authority/";

	/** Themes the generator uses (bench/Bench.java, Generator.TOPICS). */
	static final List<String> THEMES = List.of("ECON", "GOVE", "HEAL", "REGI", "EDUC", "SOCI", "TRAN", "JUST", "ENVI", "ENER");

	/** A word of each generated title, and places the titles end with (Generator.TOPICS, PLACES). */
	static final List<String> TITLE_WORDS = List.of("presupuesto", "ingresos", "enfermedades", "unidades", "escuelas", "matr.cula",
			"accidentes", "rutas", "agua", "presas", "solicitudes", "servidores");

	static final List<String> PLACES = List.of("Tlacotalpan", "Ocotl.n", "Atoyac", "Santa Rosa", "Xochitepec", "Cerro Azul", "Nuevo An.huac",
			"Tepexco", "San Felipe", "Amatl.n", "La Concordia", "Ixtapan", "Huitzilan", "Puerto Escondido", "Valle Chico");

	/** What a query asks for, and how its text is drawn from a parameter sequence. */
	record Query(String name, String what, boolean construct, Function<SplittableRandom, String> text) {

		String accept() {
			return construct ? "application/n-triples" : "application/sparql-results+json";
		}

	}

	/** One SPARQL endpoint and the process serving it. */
	record Server(String name, String host, int port, String path, long pid) {

		static Server of(String name, String url, long pid) {
			URI u = URI.create(url);
			return new Server(name, u.getHost(), u.getPort() < 0 ? 80 : u.getPort(), u.getRawPath(), pid);
		}

	}

	/** One measured run of one query on one server; {@code requests} counts answers, not errors. */
	record Segment(long requests, long elapsedNanos, long[] latencies, long bytes, Map<String, Long> errors, Bench.Cpu before,
			Bench.Cpu after, Bench.Cpu otherBefore, Bench.Cpu otherAfter) {

		double perSecond() {
			return requests * 1e9 / elapsedNanos;
		}

	}

	private final Bench.Options o;

	private final Bench.Generator generator;

	private final int n;

	private final long seed;

	private final int clkTck;

	private final boolean post;

	private final Server registry;

	private final Server fuseki;

	private final List<Query> queries;

	/** Short names of the two servers for the table's header. */
	private final String[] labels;

	/** Successful answers of each server during the answer check. */
	private final Map<Server, Integer> answered = new HashMap<>();

	SparqlBench(Bench.Options o) {
		this.o = o;
		this.n = o.integer("n", 100_000);
		this.seed = o.integer("seed", 1);
		this.generator = new Bench.Generator(o.string("base"), seed);
		this.clkTck = o.integer("clk-tck", 100);
		this.post = !o.string("method", "post").equalsIgnoreCase("get");
		String[] names = o.string("names", "registry,Fuseki").split(",");
		this.labels = o.string("labels", "reg,Fus").split(",");
		this.registry = Server.of(names[0], o.string("registry"), Long.parseLong(o.string("registry-pid", "0")));
		this.fuseki = Server.of(names[1], o.string("fuseki"), Long.parseLong(o.string("fuseki-pid", "0")));
		List<Query> all = mix();
		String wanted = o.string("queries", "");
		this.queries = wanted.isEmpty() ? all
				: all.stream().filter((q) -> Arrays.asList(wanted.split(",")).contains(q.name())).toList();
		if (queries.isEmpty()) {
			throw new IllegalArgumentException("--queries matches none of " + all.stream().map(Query::name).toList());
		}
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("summarize")) {
			summarize(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		new SparqlBench(Bench.Options.parse(args)).execute();
	}

	/**
	 * The summary of several runs (bench/sparql.sh --repeat), each with fresh server processes: per
	 * phase and query, the ratio of every run and their median. Reads the files --ratios-out wrote.
	 */
	static void summarize(String[] files) throws IOException {
		// clients -> query -> one line per run
		Map<Integer, Map<String, List<String[]>>> all = new TreeMap<>();
		for (String file : files) {
			for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
				String[] f = line.split("\t");
				all.computeIfAbsent(Integer.parseInt(f[0]), (k) -> new LinkedHashMap<>()).computeIfAbsent(f[1], (k) -> new ArrayList<>()).add(f);
			}
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "Summary of %d runs, each with fresh server processes: ratio = registry q/s / Fuseki q/s per run, and the median%n",
				files.length);
		List<String> missed = new ArrayList<>();
		for (var phase : all.entrySet()) {
			System.out.println();
			System.out.printf(Locale.ROOT, "%d client%s%n", phase.getKey(), phase.getKey() == 1 ? "" : "s");
			String header = String.format(Locale.ROOT, "%-20s | %-" + Math.max(12, 6 * files.length) + "s | %6s | %9s %9s | %9s %9s | %s", "query",
					"ratio by run", "median", "reg q/s", "Fus q/s", "reg CPU", "Fus CPU", "within 10% (median)");
			System.out.println(header);
			System.out.printf(Locale.ROOT, "%-20s | %-" + Math.max(12, 6 * files.length) + "s | %6s | %19s | %19s |%n", "", "", "", "(medians)",
					"ms/q (medians)");
			System.out.println("-".repeat(header.length()));
			for (var q : phase.getValue().entrySet()) {
				List<String[]> runs = q.getValue();
				StringBuilder byRun = new StringBuilder();
				runs.forEach((f) -> byRun.append(byRun.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.3f", Double.parseDouble(f[4]))));
				double ratio = median(runs, 4);
				boolean answers = runs.stream().anyMatch((f) -> f[7].equals("1"));
				boolean errors = runs.stream().anyMatch((f) -> !f[8].equals("0"));
				String within = answers ? "ANSWERS differ" : errors ? "ERRORS" : ratio >= 0.90 ? "yes" : "NO";
				if (!within.equals("yes")) {
					missed.add(phase.getKey() + "c " + q.getKey());
				}
				System.out.printf(Locale.ROOT, "%-20s | %-" + Math.max(12, 6 * files.length) + "s | %6.3f | %9s %9s | %9.2f %9.2f | %s%n", q.getKey(),
						byRun, ratio, rate(median(runs, 2)), rate(median(runs, 3)), median(runs, 5), median(runs, 6), within);
			}
		}
		System.out.println();
		System.out.println("Target (issue), on the medians: " + (missed.isEmpty() ? "met on every query and phase" : "NOT MET on " + missed));
	}

	private static double median(List<String[]> runs, int column) {
		double[] v = runs.stream().mapToDouble((f) -> Double.parseDouble(f[column])).sorted().toArray();
		return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
	}

	/**
	 * The fixed mix. Every SELECT has a LIMIT of at most 1,000 or is an aggregate, so the
	 * registry's row cap (registry.sparql.max-rows, 10,000 by default) never changes an answer.
	 */
	List<Query> mix() {
		String base = generator.datasetIri(0).replaceFirst("/dataset/.*$", "");
		List<Query> q = new ArrayList<>();
		q.add(new Query("iri-lookup", "every property of one dataset, by IRI", false,
				(r) -> PREFIXES + "SELECT ?p ?o WHERE { <" + generator.datasetIri(r.nextInt(n)) + "> ?p ?o } LIMIT 1000"));
		q.add(new Query("graph-construct", "one record's named graph, CONSTRUCT as N-Triples", true,
				(r) -> PREFIXES + "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + generator.datasetIri(r.nextInt(n)) + "> { ?s ?p ?o } } LIMIT 1000"));
		q.add(new Query("identifier-lookup", "a dataset by dct:identifier, with title and publisher name", false,
				(r) -> PREFIXES + String.format(Locale.ROOT, """
						SELECT ?ds ?title ?publisherName WHERE {
						  ?ds dct:identifier "VA-BENCH-%06d" ; dct:title ?title ; dct:publisher/foaf:name ?publisherName
						} LIMIT 1000""", r.nextInt(n))));
		q.add(new Query("publisher-latest", "one publisher's 100 most recently modified datasets", false,
				(r) -> PREFIXES + """
						SELECT ?ds ?title ?modified WHERE {
						  ?ds a dcat:Dataset ; dct:publisher <%s> ; dct:modified ?modified ; dct:title ?title
						  FILTER(lang(?title) = "es")
						} ORDER BY DESC(?modified) ?ds LIMIT 100""".formatted(publisher(base, r))));
		q.add(new Query("theme-year", "datasets of one theme whose period starts in a given year", false, (r) -> {
			int year = 2015 + r.nextInt(11);
			return PREFIXES + """
					SELECT ?ds ?title ?start WHERE {
					  ?ds dcat:theme <%sdata-theme/%s> ; dct:title ?title ; dct:temporal/dcat:startDate ?start
					  FILTER(lang(?title) = "es" && ?start >= "%d-01-01"^^xsd:date && ?start < "%d-01-01"^^xsd:date)
					} ORDER BY ?ds LIMIT 100""".formatted(EU, THEMES.get(r.nextInt(THEMES.size())), year, year + 1);
		}));
		q.add(new Query("modified-range", "datasets modified within one month (date range filter)", false, (r) -> {
			int year = 2016 + r.nextInt(10);
			int month = 1 + r.nextInt(12);
			return PREFIXES + String.format(Locale.ROOT, """
					SELECT ?ds ?modified WHERE {
					  ?ds a dcat:Dataset ; dct:modified ?modified
					  FILTER(?modified >= "%d-%02d-01"^^xsd:date && ?modified < "%d-%02d-01"^^xsd:date)
					} ORDER BY ?modified ?ds LIMIT 200""", year, month, month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1);
		}));
		q.add(new Query("count-by-publisher", "aggregate: datasets per publisher over the whole catalog", false, (r) -> PREFIXES + """
				SELECT ?publisher ?name (COUNT(?ds) AS ?datasets) WHERE {
				  ?ds a dcat:Dataset ; dct:publisher ?publisher . ?publisher foaf:name ?name
				} GROUP BY ?publisher ?name ORDER BY DESC(?datasets) ?publisher"""));
		q.add(new Query("publisher-formats", "aggregate: one publisher's distributions and bytes by format", false, (r) -> PREFIXES + """
				SELECT ?format (COUNT(?dist) AS ?distributions) (SUM(?size) AS ?bytes) WHERE {
				  ?ds dct:publisher <%s> ; dcat:distribution ?dist . ?dist dct:format ?format ; dcat:byteSize ?size
				} GROUP BY ?format ORDER BY ?format""".formatted(publisher(base, r))));
		q.add(new Query("listing-optional", "catalog listing with 6 OPTIONALs (one publisher, one year)", false, (r) -> PREFIXES + """
				SELECT ?ds ?title ?titleEn ?publisherName ?email ?start ?end ?frequency ?format WHERE {
				  ?ds a dcat:Dataset ; dct:publisher <%s> ; dct:issued ?issued ; dct:title ?title
				  FILTER(lang(?title) = "es" && year(?issued) = %d)
				  OPTIONAL { ?ds dct:title ?titleEn FILTER(lang(?titleEn) = "en") }
				  OPTIONAL { ?ds dct:publisher/foaf:name ?publisherName }
				  OPTIONAL { ?ds dcat:contactPoint/vcard:hasEmail ?email }
				  OPTIONAL { ?ds dct:temporal ?t . ?t dcat:startDate ?start ; dcat:endDate ?end }
				  OPTIONAL { ?ds dct:accrualPeriodicity/skos:prefLabel ?frequency FILTER(lang(?frequency) = "es") }
				  OPTIONAL { ?ds dcat:distribution/dct:format/skos:prefLabel ?format FILTER(lang(?format) = "es") }
				} ORDER BY ?ds ?format LIMIT 500""".formatted(publisher(base, r), 2016 + r.nextInt(10))));
		q.add(new Query("title-regex", "case-insensitive regex over every title", false, (r) -> PREFIXES + """
				SELECT ?ds ?title WHERE {
				  ?ds a dcat:Dataset ; dct:title ?title
				  FILTER(regex(?title, "%s.*%s", "i"))
				} ORDER BY ?ds ?title LIMIT 100""".formatted(TITLE_WORDS.get(r.nextInt(TITLE_WORDS.size())),
				PLACES.get(r.nextInt(PLACES.size())))));
		return q;
	}

	private String publisher(String base, SplittableRandom r) {
		return base + "/publisher/" + Bench.Generator.PUBLISHERS.get(r.nextInt(Bench.Generator.PUBLISHERS.size()));
	}

	void execute() throws Exception {
		List<Integer> clientCounts = Arrays.stream(o.string("clients", "1,8").split(",")).map(String::trim).map(Integer::parseInt).toList();
		Duration duration = Duration.ofMillis((long) (Double.parseDouble(o.string("duration", "6")) * 1000));
		Duration warmup = Duration.ofMillis((long) (Double.parseDouble(o.string("warmup", "4")) * 1000));
		Duration mixWarmup = Duration.ofMillis((long) (Double.parseDouble(o.string("mix-warmup", "20")) * 1000));
		int rounds = o.integer("rounds", 2);

		double planned = mixWarmup.toMillis() * 2 / 1000.0
				+ clientCounts.size() * queries.size() * (2 * warmup.toMillis() + 2 * rounds * duration.toMillis()) / 1000.0;
		log("%d queries, phases of %s clients; about %.0f s of load (plus the time the last queries of each segment take)",
				queries.size(), clientCounts, planned);

		Map<String, String> mismatches = check();
		if (answered.get(registry) == 0 || answered.get(fuseki) == 0) {
			String which = answered.get(registry) == 0 ? registry.name() : fuseki.name();
			log("%s answered none of the check's queries (see above); nothing to measure", which);
			System.out.println();
			System.out.println("No figures: " + which + " answered none of the answer check's queries (see the log lines above).");
			System.exit(3);
		}
		if (Boolean.parseBoolean(o.string("check-only", "false"))) {
			return;
		}

		log("warm-up: the whole mix from 2 clients, %d s on each server", mixWarmup.toSeconds());
		for (Server s : List.of(registry, fuseki)) {
			Segment w = run(s, null, 2, mixWarmup, -1);
			logErrors(s.name() + " mix warm-up", w);
		}

		Map<Integer, Map<String, Result>> results = new LinkedHashMap<>();
		for (int clients : clientCounts) {
			Map<String, Result> byQuery = new LinkedHashMap<>();
			for (int qi = 0; qi < queries.size(); qi++) {
				Query q = queries.get(qi);
				log("%d client%s, %s: %.0f s warm-up each, then %d x %.0f s per server, alternating", clients, clients == 1 ? "" : "s",
						q.name(), warmup.toMillis() / 1000.0, rounds, duration.toMillis() / 1000.0);
				logErrors(registry.name() + " warm-up " + q.name(), run(registry, q, clients, warmup, 1_000 + clients));
				logErrors(fuseki.name() + " warm-up " + q.name(), run(fuseki, q, clients, warmup, 1_000 + clients));
				Result result = new Result();
				for (int round = 0; round < rounds; round++) {
					// ABBA: registry first in even rounds, Fuseki first in odd ones. The same seed on
					// both servers: the same parameter sequence.
					int roundSeed = 10_000 * clients + round;
					List<Server> order = round % 2 == 0 ? List.of(registry, fuseki) : List.of(fuseki, registry);
					for (Server s : order) {
						Segment seg = run(s, q, clients, duration, roundSeed);
						(s == registry ? result.registry : result.fuseki).add(seg);
					}
				}
				byQuery.put(q.name(), result);
			}
			results.put(clients, byQuery);
		}
		report(results, mismatches, rounds, duration, warmup);
		String ratiosOut = o.string("ratios-out", "");
		if (!ratiosOut.isEmpty()) {
			StringBuilder lines = new StringBuilder();
			results.forEach((clients, byQuery) -> byQuery.forEach((name, res) -> {
				Figures r = figures(res.registry);
				Figures f = figures(res.fuseki);
				lines.append(String.format(Locale.ROOT, "%d\t%s\t%.4f\t%.4f\t%.4f\t%.3f\t%.3f\t%d\t%d%n", clients, name, r.perSecond(), f.perSecond(),
						r.perSecond() / f.perSecond(), r.serverMsPerQuery(), f.serverMsPerQuery(), mismatches.containsKey(name) ? 1 : 0,
						r.errors() + f.errors()));
			}));
			java.nio.file.Files.writeString(java.nio.file.Path.of(ratiosOut), lines);
		}
	}

	/** Both servers' measured segments of one query in one phase. */
	static final class Result {

		final List<Segment> registry = new ArrayList<>();

		final List<Segment> fuseki = new ArrayList<>();

	}

	// ---------------------------------------------------------------------------------------------
	// The answer check

	/**
	 * Sends every query with 3 parameter sets to both servers and compares the answers. Returns, by
	 * query name, what differed (empty when everything agreed).
	 */
	Map<String, String> check() throws IOException {
		System.out.println();
		System.out.println("Answer check: each query with 3 parameter sets on both servers (rows: result rows, or triples for CONSTRUCT)");
		System.out.printf(Locale.ROOT, "  %-20s %-56s %16s %16s %7s  %s%n", "query", "what", "rows " + registry.name(), "rows " + fuseki.name(), "KB/ans",
				"same answers");
		Map<String, String> mismatches = new LinkedHashMap<>();
		try (Bench.Connection r = new Bench.Connection(registry.host(), registry.port());
				Bench.Connection f = new Bench.Connection(fuseki.host(), fuseki.port())) {
			for (int qi = 0; qi < queries.size(); qi++) {
				Query q = queries.get(qi);
				SplittableRandom params = new SplittableRandom(seed * 7_919 + qi);
				List<String> rowsR = new ArrayList<>();
				List<String> rowsF = new ArrayList<>();
				List<String> problems = new ArrayList<>();
				long bytes = 0;
				for (int k = 0; k < 3; k++) {
					String text = q.text().apply(params);
					Bench.Response a = r.send(call(registry, q, text));
					List<String> answerR = answer(q, a, problems, registry.name());
					Bench.Response b = f.send(call(fuseki, q, text));
					bytes += b.length();
					List<String> answerF = answer(q, b, problems, fuseki.name());
					answered.merge(registry, answerR == null ? 0 : 1, Integer::sum);
					answered.merge(fuseki, answerF == null ? 0 : 1, Integer::sum);
					rowsR.add(answerR == null ? "error" : String.valueOf(answerR.size()));
					rowsF.add(answerF == null ? "error" : String.valueOf(answerF.size()));
					if (answerR != null && answerF != null) {
						if (answerR.size() != answerF.size()) {
							problems.add("row counts differ (" + answerR.size() + " vs " + answerF.size() + ")");
						}
						else if (!answerR.equals(answerF)) {
							problems.add("same row count, different rows");
						}
						if (answerF.isEmpty()) {
							problems.add("empty answer (the query measures little)");
						}
					}
					if (k == 0 && !problems.isEmpty()) {
						log("%s, first parameter set:%n%s", q.name(), text);
					}
				}
				String verdict = problems.isEmpty() ? "yes" : "WARNING: " + String.join("; ", problems.stream().distinct().toList());
				if (!problems.isEmpty()) {
					mismatches.put(q.name(), verdict);
				}
				System.out.printf(Locale.ROOT, "  %-20s %-56s %16s %16s %7.1f  %s%n", q.name(), q.what(), String.join("/", rowsR),
						String.join("/", rowsF), bytes / 3 / 1024.0, verdict);
			}
		}
		return mismatches;
	}

	/** The answer as a sorted list of normalized rows (or triples), or null on an error. */
	private static List<String> answer(Query q, Bench.Response response, List<String> problems, String server) {
		String body = new String(response.body(), 0, response.length(), StandardCharsets.UTF_8);
		if (response.status() != 200) {
			problems.add(server + " answered HTTP " + response.status());
			log("%s answered HTTP %d to %s: %s", server, response.status(), q.name(), body.substring(0, Math.min(400, body.length())));
			return null;
		}
		if (!response.contentType().startsWith(q.accept())) {
			problems.add(server + " answered " + response.contentType());
			return null;
		}
		List<String> rows = new ArrayList<>();
		if (q.construct()) {
			body.lines().map(String::strip).filter((l) -> !l.isEmpty() && !l.startsWith("#")).forEach(rows::add);
		}
		else {
			Object json = new Json(body).value();
			@SuppressWarnings("unchecked")
			List<Object> bindings = (List<Object>) ((Map<String, Object>) ((Map<String, Object>) json).get("results")).get("bindings");
			for (Object b : bindings) {
				@SuppressWarnings("unchecked")
				Map<String, Object> row = new TreeMap<>((Map<String, Object>) b);
				rows.add(row.toString());
			}
		}
		rows.sort(null);
		return rows;
	}

	// ---------------------------------------------------------------------------------------------
	// Load

	private Bench.Call call(Server s, Query q, String text) {
		String hostPort = s.host() + ":" + s.port();
		if (post) {
			byte[] body = text.getBytes(StandardCharsets.UTF_8);
			String head = "POST " + s.path() + " HTTP/1.1\r\nHost: " + hostPort + "\r\nUser-Agent: registro-sparql-bench\r\n"
					+ "Content-Type: application/sparql-query; charset=utf-8\r\nAccept: " + q.accept() + "\r\nContent-Length: "
					+ body.length + "\r\n\r\n";
			return new Bench.Call(s.name() + " " + q.name(), head.getBytes(StandardCharsets.ISO_8859_1), body, 200, q.accept());
		}
		String head = "GET " + s.path() + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + " HTTP/1.1\r\nHost: " + hostPort
				+ "\r\nUser-Agent: registro-sparql-bench\r\nAccept: " + q.accept() + "\r\n\r\n";
		return new Bench.Call(s.name() + " " + q.name(), head.getBytes(StandardCharsets.ISO_8859_1), null, 200, q.accept());
	}

	/**
	 * Runs one query (or, with {@code query} null, the whole mix in turn) from {@code clients}
	 * threads for {@code length}. Client c of round seed s draws its parameters from the sequence
	 * seeded by (seed, query, s, c): the same on both servers.
	 */
	private Segment run(Server s, Query query, int clients, Duration length, int roundSeed) throws InterruptedException {
		Map<String, LongAdder> errors = new ConcurrentHashMap<>();
		Map<String, String> firstBodies = new ConcurrentHashMap<>();
		long[][] latencies = new long[clients][];
		int[] counts = new int[clients];
		LongAdder bytes = new LongAdder();
		Server other = s == registry ? fuseki : registry;
		Bench.Cpu before = Bench.Cpu.now(s.pid());
		Bench.Cpu otherBefore = Bench.Cpu.now(other.pid());
		long end = System.nanoTime() + length.toNanos();
		List<Thread> threads = new ArrayList<>();
		int qi = query == null ? -1 : queries.indexOf(query);
		for (int c = 0; c < clients; c++) {
			int client = c;
			threads.add(Thread.ofPlatform().name("sparql-" + c).start(() -> {
				SplittableRandom params = new SplittableRandom(((seed * 1_000_003L + qi) * 1_000_003L + roundSeed) * 1_000_003L + client);
				long[] mine = new long[256];
				int count = 0;
				try (Bench.Connection connection = new Bench.Connection(s.host(), s.port())) {
					for (int i = 0; System.nanoTime() < end; i++) {
						Query q = query != null ? query : queries.get((client + i) % queries.size());
						Bench.Call call = call(s, q, q.text().apply(params));
						long t0 = System.nanoTime();
						String problem;
						try {
							Bench.Response response = connection.send(call);
							long t1 = System.nanoTime();
							problem = response.status() != 200 ? "HTTP " + response.status()
									: !response.contentType().startsWith(call.contentType()) ? "Content-Type " + response.contentType() : null;
							if (problem == null) {
								// Only answers count: an error is neither a query per second nor a latency.
								if (count == mine.length) {
									mine = Arrays.copyOf(mine, count * 2);
								}
								mine[count++] = t1 - t0;
								bytes.add(response.length());
							}
							else {
								firstBodies.putIfAbsent(problem, call.label() + " -> "
										+ new String(response.body(), 0, Math.min(400, response.length()), StandardCharsets.UTF_8));
							}
						}
						catch (IOException ex) {
							connection.close();
							problem = ex.getClass().getSimpleName() + ": " + ex.getMessage();
						}
						if (problem != null) {
							errors.computeIfAbsent(problem, (k) -> new LongAdder()).increment();
						}
					}
				}
				latencies[client] = mine;
				counts[client] = count;
			}));
		}
		long start = System.nanoTime();
		for (Thread t : threads) {
			t.join();
		}
		long elapsed = System.nanoTime() - start;
		Bench.Cpu after = Bench.Cpu.now(s.pid());
		Bench.Cpu otherAfter = Bench.Cpu.now(other.pid());
		long[] all = new long[Arrays.stream(counts).sum()];
		int at = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(latencies[c], 0, all, at, counts[c]);
			at += counts[c];
		}
		Map<String, Long> errorCounts = new TreeMap<>();
		errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
		firstBodies.forEach((k, v) -> log("%s: first %s: %s", s.name(), k, v));
		return new Segment(all.length, elapsed, all, bytes.sum(), errorCounts, before, after, otherBefore, otherAfter);
	}

	private static void logErrors(String what, Segment s) {
		s.errors().forEach((k, v) -> log("%s: %,d x %s", what, v, k));
	}

	// ---------------------------------------------------------------------------------------------
	// Report

	/** The figures of one server for one query in one phase, over all its rounds. */
	record Figures(double perSecond, double p50, double p99, long requests, long errors, double serverMsPerQuery, double serverCores,
			double jitCores, double gcCores, double clientCores, double otherCores, double[] roundRates) {
	}

	private Figures figures(List<Segment> segments) {
		long requests = 0;
		long elapsed = 0;
		long errors = 0;
		long serverTicks = 0;
		long jitTicks = 0;
		long gcTicks = 0;
		long clientNanos = 0;
		long machineBusy = 0;
		long otherServerTicks = 0;
		List<long[]> lat = new ArrayList<>();
		double[] roundRates = new double[segments.size()];
		for (int k = 0; k < segments.size(); k++) {
			Segment s = segments.get(k);
			requests += s.requests();
			elapsed += s.elapsedNanos();
			errors += s.errors().values().stream().mapToLong(Long::longValue).sum();
			serverTicks += s.after().serverTicks() - s.before().serverTicks();
			for (String t : List.of("C1 CompilerThre", "C2 CompilerThre")) {
				jitTicks += s.after().serverThreads().getOrDefault(t, 0L) - s.before().serverThreads().getOrDefault(t, 0L);
			}
			for (var t : s.after().serverThreads().entrySet()) {
				// G1's threads: "GC Thread#n", "G1 Conc#n", "G1 Refine#n", "G1 Main Marker", "G1 Service"
				if (t.getKey().startsWith("GC Thread") || t.getKey().startsWith("G1 ")) {
					gcTicks += t.getValue() - s.before().serverThreads().getOrDefault(t.getKey(), 0L);
				}
			}
			clientNanos += s.after().clientNanos() - s.before().clientNanos();
			machineBusy += s.after().machineBusy() - s.before().machineBusy();
			otherServerTicks += s.otherAfter().serverTicks() - s.otherBefore().serverTicks();
			lat.add(s.latencies());
			roundRates[k] = s.perSecond();
		}
		long[] all = lat.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		double wallTicks = elapsed / 1e9 * clkTck;
		double server = serverTicks / wallTicks;
		double client = clientNanos / (double) elapsed;
		// "other": everything busy on the machine that is neither the server under load nor this
		// client, the idle server included (it should be about 0).
		double other = Math.max(0, machineBusy / wallTicks - server - client);
		return new Figures(requests * 1e9 / elapsed, percentile(all, 0.50), percentile(all, 0.99), requests, errors,
				requests == 0 ? Double.NaN : serverTicks * 1000.0 / clkTck / requests, server, jitTicks / wallTicks, gcTicks / wallTicks, client,
				other, roundRates);
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	private void report(Map<Integer, Map<String, Result>> results, Map<String, String> mismatches, int rounds, Duration duration,
			Duration warmup) {
		System.out.println();
		System.out.printf(Locale.ROOT, "SPARQL benchmark: %,d generated datasets; %s %s:%d%s vs %s %s:%d%s (each on its copy of the same TDB2)%n",
				n, registry.name(), registry.host(), registry.port(), registry.path(), fuseki.name(), fuseki.host(), fuseki.port(), fuseki.path());
		System.out.printf(Locale.ROOT, "%d cores, client JDK %s, queries sent by %s; per query and phase: %.0f s warm-up on each server, then %d rounds"
				+ " of %.0f s per server in ABBA order%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				post ? "POST application/sparql-query" : "GET ?query=", warmup.toMillis() / 1000.0, rounds, duration.toMillis() / 1000.0);
		System.out.printf(Locale.ROOT, "ratio = %s q/s / %s q/s; target (issue): the registry within 10%% of Fuseki on every query, i.e. ratio >= 0.90%n",
				registry.name(), fuseki.name());
		System.out.println("CPU ms/q = server CPU time per query (all its threads, JIT and GC included); by round: the ratio of each round's pair");
		Map<Integer, List<Double>> ratiosByPhase = new LinkedHashMap<>();
		Map<String, List<String>> notes = new LinkedHashMap<>();
		for (var phase : results.entrySet()) {
			int clients = phase.getKey();
			System.out.println();
			System.out.printf(Locale.ROOT, "%d client%s%n", clients, clients == 1 ? "" : "s");
			int roundsWidth = Math.max(8, 5 * rounds - 1);
			String header = String.format(Locale.ROOT, "%-20s | %8s %8s %8s %6s | %8s %8s %8s %6s | %6s %-" + roundsWidth + "s %-7s | %8s %8s | %5s",
					"query", labels[0] + " q/s", "p50 ms", "p99 ms", "n", labels[1] + " q/s", "p50 ms", "p99 ms", "n", "ratio", "by round", "within",
					labels[0] + " CPU", labels[1] + " CPU",
					"other");
			System.out.println(header);
			System.out.println(String.format(Locale.ROOT, "%-20s | %35s | %35s | %" + (roundsWidth + 16) + "s | %17s | %5s", "", "", "", "", "ms/q",
					"cores"));
			System.out.println("-".repeat(header.length()));
			List<Double> ratios = new ArrayList<>();
			for (var e : phase.getValue().entrySet()) {
				Figures r = figures(e.getValue().registry);
				Figures f = figures(e.getValue().fuseki);
				double ratio = r.perSecond() / f.perSecond();
				ratios.add(ratio);
				StringBuilder byRound = new StringBuilder();
				for (int k = 0; k < r.roundRates().length && k < f.roundRates().length; k++) {
					byRound.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", r.roundRates()[k] / f.roundRates()[k]));
				}
				String within = mismatches.containsKey(e.getKey()) ? "ANSWERS" : r.errors() + f.errors() > 0 ? "ERRORS" : ratio >= 0.90 ? "yes" : "NO";
				// Three decimals: at 2, a ratio of 0.899 would print as 0.90 next to "NO".
				System.out.printf(Locale.ROOT, "%-20s | %8s %8s %8s %6d | %8s %8s %8s %6d | %6.3f %-" + roundsWidth + "s %-7s | %8.2f %8.2f | %5.2f%n",
						e.getKey(),
						rate(r.perSecond()), ms(r.p50()), ms(r.p99()), r.requests(), rate(f.perSecond()), ms(f.p50()), ms(f.p99()), f.requests(),
						ratio, byRound, within, r.serverMsPerQuery(), f.serverMsPerQuery(), Math.max(r.otherCores(), f.otherCores()));
				String where = clients + "c " + e.getKey();
				if (r.errors() + f.errors() > 0) {
					note(notes, "errors (" + registry.name() + "/" + fuseki.name() + "; see the log lines above)", where + " " + r.errors() + "/" + f.errors());
				}
				for (var sf : List.of(Map.entry(registry.name(), r), Map.entry(fuseki.name(), f))) {
					if (sf.getValue().jitCores() > 0.15) {
						note(notes, "JIT compilers above 0.15 cores (not at steady state; longer --warmup)",
								String.format(Locale.ROOT, "%s %s %.2f", where, sf.getKey(), sf.getValue().jitCores()));
					}
					if (sf.getValue().otherCores() > 0.25) {
						note(notes, "other processes above 0.25 cores while measured (cores)",
								String.format(Locale.ROOT, "%s %s %.2f", where, sf.getKey(), sf.getValue().otherCores()));
					}
					if (sf.getValue().requests() < 20) {
						note(notes, "fewer than 20 queries measured, so p99 is about the maximum (longer --duration or more --rounds)",
								where + " " + sf.getKey() + " " + sf.getValue().requests());
					}
				}
			}
			ratiosByPhase.put(clients, ratios);
			double geo = Math.exp(ratios.stream().mapToDouble(Math::log).average().orElse(0));
			long met = ratios.stream().filter((x) -> x >= 0.90).count();
			System.out.println("-".repeat(header.length()));
			System.out.printf(Locale.ROOT, "%d client%s: geometric mean of the ratios %.2f (min %.2f, max %.2f); within 10%% on %d of %d queries%n",
					clients, clients == 1 ? "" : "s", geo, ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0),
					ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0), met, ratios.size());
			double clientCores = phase.getValue().values().stream().flatMap((res) -> res.registry.stream())
				.mapToDouble((s) -> (s.after().clientNanos() - s.before().clientNanos()) / (double) s.elapsedNanos()).average().orElse(0);
			double regCores = phase.getValue().values().stream().mapToDouble((res) -> figures(res.registry).serverCores()).average().orElse(0);
			double fusCores = phase.getValue().values().stream().mapToDouble((res) -> figures(res.fuseki).serverCores()).average().orElse(0);
			double regGc = phase.getValue().values().stream().mapToDouble((res) -> figures(res.registry).gcCores()).average().orElse(0);
			double fusGc = phase.getValue().values().stream().mapToDouble((res) -> figures(res.fuseki).gcCores()).average().orElse(0);
			System.out.printf(Locale.ROOT, "  average cores used: %s %.2f (GC threads %.2f), %s %.2f (GC threads %.2f) while each was measured; this client %.2f%n",
					registry.name(), regCores, regGc, fuseki.name(), fusCores, fusGc, clientCores);
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "Target (issue): the registry's endpoint within 10%% of standalone Fuseki's throughput on every query (here: %s vs %s):%n",
				registry.name(), fuseki.name());
		for (var e : ratiosByPhase.entrySet()) {
			long met = e.getValue().stream().filter((x) -> x >= 0.90).count();
			System.out.printf(Locale.ROOT, "  %d client%s: %s (%d of %d queries at ratio >= 0.90)%n", e.getKey(), e.getKey() == 1 ? "" : "s",
					met == e.getValue().size() && mismatches.isEmpty() ? "met" : "NOT MET", met, e.getValue().size());
		}
		if (!mismatches.isEmpty()) {
			System.out.println("  answers differed on " + mismatches.keySet() + ": those ratios compare different work (see the answer check)");
		}
		if (!notes.isEmpty()) {
			System.out.println();
			System.out.println("Notes:");
			notes.forEach((kind, items) -> System.out.println("  " + kind + ": " + String.join(", ", items)));
		}
	}

	private static void note(Map<String, List<String>> notes, String kind, String item) {
		notes.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(item);
	}

	private static String rate(double v) {
		return String.format(Locale.ROOT, v < 100 ? "%.1f" : "%,.0f", v);
	}

	private static String ms(double v) {
		return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, v < 10 ? "%.2f" : v < 1000 ? "%.1f" : "%,.0f", v);
	}

	private static void log(String format, Object... args) {
		System.err.printf(Locale.ROOT, "[sparql] " + format + "%n", args);
	}

	/** Just enough JSON for SPARQL results: objects, arrays, strings, numbers, true, false, null. */
	static final class Json {

		private final String s;

		private int at;

		Json(String s) {
			this.s = s;
		}

		Object value() {
			space();
			char c = s.charAt(at);
			switch (c) {
				case '{' -> {
					Map<String, Object> m = new HashMap<>();
					at++;
					space();
					if (s.charAt(at) == '}') {
						at++;
						return m;
					}
					while (true) {
						space();
						String key = string();
						space();
						expect(':');
						m.put(key, value());
						space();
						if (s.charAt(at++) == '}') {
							return m;
						}
					}
				}
				case '[' -> {
					List<Object> l = new ArrayList<>();
					at++;
					space();
					if (s.charAt(at) == ']') {
						at++;
						return l;
					}
					while (true) {
						l.add(value());
						space();
						if (s.charAt(at++) == ']') {
							return l;
						}
					}
				}
				case '"' -> {
					return string();
				}
				default -> {
					int start = at;
					while (at < s.length() && ",}] \t\r\n".indexOf(s.charAt(at)) < 0) {
						at++;
					}
					return s.substring(start, at);
				}
			}
		}

		private String string() {
			expect('"');
			StringBuilder b = new StringBuilder();
			for (char c = s.charAt(at++); c != '"'; c = s.charAt(at++)) {
				if (c == '\\') {
					char e = s.charAt(at++);
					switch (e) {
						case 'n' -> b.append('\n');
						case 't' -> b.append('\t');
						case 'r' -> b.append('\r');
						case 'b' -> b.append('\b');
						case 'f' -> b.append('\f');
						case 'u' -> {
							b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
							at += 4;
						}
						default -> b.append(e);
					}
				}
				else {
					b.append(c);
				}
			}
			return b.toString();
		}

		private void expect(char c) {
			if (s.charAt(at) != c) {
				throw new IllegalArgumentException("JSON: expected '" + c + "' at " + at + ", found '" + s.charAt(at) + "'");
			}
			at++;
		}

		private void space() {
			while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
				at++;
			}
		}

	}

}
