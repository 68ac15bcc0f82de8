/*
 * Load client for bench/run.sh: a single-file program, JDK 21+ and no dependencies, run with the
 * source launcher (java bench/Bench.java ...). Read bench/run.sh first; it starts the registry.
 *
 *   java Bench.java generate --base=URI --n=N --out=FILE.trig
 *       writes the N generated datasets (and their publishers) as TriG, one named graph per record,
 *       for the Jena bulk-loader baseline; the same bytes (as Turtle) are what "run" PUTs.
 *   java Bench.java run --base=URI --n=N [--concurrency=8] [--get-concurrency=4] [--duration=20]
 *       [--warmup=20] [--server-pid=PID] [--clk-tck=100] [--baseline-file=FILE] [--seed=1] [--load=false]
 *       loads N datasets through PUT, measures GET as Turtle, JSON-LD and HTML over random ids and
 *       a static file as a framework floor, and prints the table. The write token comes from the
 *       environment variable BENCH_TOKEN, so that it never shows in a process listing. With
 *       --load=false it only measures the GETs, against a registry already loaded with the same N
 *       and seed (bench/run.sh --keep leaves one); --gets=turtle,jsonld,html,static picks the GETs.
 *
 * Closed loop: each client sends its next request when the previous one has answered, so latency
 * is measured at the rate the server sustains (no coordinated-omission correction). Percentiles are
 * nearest-rank over every sorted latency of the measured phase.
 */

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

public class Bench {

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: java Bench.java generate|run --key=value ... (see the top of this file)");
			System.exit(2);
		}
		Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
		switch (args[0]) {
			case "generate" -> generate(options);
			case "run" -> new Run(options).execute();
			default -> {
				System.err.println("unknown command " + args[0]);
				System.exit(2);
			}
		}
	}

	static void generate(Options o) throws IOException {
		Generator g = new Generator(o.string("base"), o.integer("seed", 1));
		int n = o.integer("n", 10_000);
		StringBuilder trig = new StringBuilder(n * 4_200).append(Generator.PREFIXES);
		for (String p : Generator.PUBLISHERS) {
			trig.append('<').append(g.publisherIri(p)).append("> {\n").append(g.publisherStatements(p)).append("}\n");
		}
		for (int i = 0; i < n; i++) {
			trig.append('<').append(g.datasetIri(i)).append("> {\n").append(g.datasetStatements(i)).append("}\n");
		}
		Files.writeString(Path.of(o.string("out")), trig, StandardCharsets.UTF_8);
	}

	/** {@code --key=value} arguments. */
	record Options(Map<String, String> values) {

		static Options parse(String[] args) {
			Map<String, String> values = new HashMap<>();
			for (String a : args) {
				if (!a.startsWith("--") || !a.contains("=")) {
					throw new IllegalArgumentException("expected --key=value, got " + a);
				}
				values.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
			}
			return new Options(values);
		}

		String string(String key) {
			String v = values.get(key);
			if (v == null || v.isEmpty()) {
				throw new IllegalArgumentException("--" + key + " is required");
			}
			return v;
		}

		String string(String key, String fallback) {
			return values.getOrDefault(key, fallback);
		}

		int integer(String key, int fallback) {
			return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
		}

	}

	/**
	 * Deterministic DCAT-AP 3 datasets shaped like the demo catalog (two or three distributions, a
	 * contact point and a period as blank nodes, EU vocabulary values), about 4 KB of Turtle each.
	 * Dataset i is the same for every run with the same seed, so the baseline loads the same data.
	 */
	static final class Generator {

		static final String PREFIXES = """
				@prefix adms:  <http://www.w3.org/ns/adms#> .
				@prefix dcat:  <http://www.w3.org/ns/dcat#> .
				@prefix dct:   <http://purl.org/dc/terms/> .
				@prefix foaf:  <http://xmlns.com/foaf/0.1/> .
				@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
				@prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .
				""";

		static final List<String> PUBLISHERS = List.of("finanzas", "salud", "educacion", "movilidad", "agua", "transparencia");

		static final String EU = "http://publications.europa.eu/resource/authority/";

		static final String IANA = "https://www.iana.org/assignments/media-types/";

		private static final String SITE = "https://datos.valledeanahuac.gob.mx/";

		/** slug, Spanish title, English title, publisher index, themes, keywords. */
		record Topic(String slug, String es, String en, int publisher, List<String> themes, List<String> keywords) {
		}

		static final List<Topic> TOPICS = List.of(
				new Topic("presupuesto-egresos", "Presupuesto de egresos", "Expenditure budget", 0, List.of("ECON", "GOVE"),
						List.of("presupuesto", "gasto público", "finanzas públicas", "egresos")),
				new Topic("ingresos-municipales", "Ingresos municipales por rubro", "Municipal revenue by item", 0, List.of("ECON"),
						List.of("ingresos", "impuestos", "participaciones", "recaudación")),
				new Topic("casos-enfermedades", "Casos de enfermedades de notificación obligatoria",
						"Cases of notifiable diseases", 1, List.of("HEAL"), List.of("salud", "epidemiología", "vigilancia", "casos")),
				new Topic("unidades-medicas", "Unidades médicas públicas", "Public health facilities", 1, List.of("HEAL", "REGI"),
						List.of("hospitales", "centros de salud", "directorio")),
				new Topic("escuelas-publicas", "Escuelas públicas", "Public schools", 2, List.of("EDUC", "REGI"),
						List.of("escuelas", "educación básica", "padrón")),
				new Topic("matricula-escolar", "Matrícula escolar", "School enrolment", 2, List.of("EDUC", "SOCI"),
						List.of("matrícula", "alumnos", "docentes")),
				new Topic("accidentes-viales", "Accidentes viales", "Road traffic crashes", 3, List.of("TRAN", "JUST"),
						List.of("accidentes de tránsito", "seguridad vial", "lesionados")),
				new Topic("rutas-transporte", "Rutas de transporte público", "Public transport routes", 3, List.of("TRAN"),
						List.of("transporte público", "rutas", "paradas", "movilidad")),
				new Topic("calidad-agua", "Calidad del agua en pozos", "Water quality in wells", 4, List.of("ENVI", "HEAL"),
						List.of("agua potable", "pozos", "calidad del agua")),
				new Topic("niveles-presas", "Almacenamiento de presas", "Reservoir storage", 4, List.of("ENVI", "ENER"),
						List.of("presas", "almacenamiento", "hidrología")),
				new Topic("solicitudes-informacion", "Solicitudes de acceso a la información",
						"Freedom of information requests", 5, List.of("GOVE", "JUST"), List.of("transparencia", "solicitudes")),
				new Topic("servidores-publicos", "Directorio de servidores públicos", "Directory of public servants", 5,
						List.of("GOVE"), List.of("directorio", "funcionarios", "transparencia")));

		static final List<String> PLACES = List.of("Tlacotalpan de Juárez", "San Miguel Ocotlán", "Villa de Atoyac",
				"Santa Rosa del Valle", "Xochitepec", "Cerro Azul", "Nuevo Anáhuac", "Tepexco", "San Felipe de las Flores",
				"Amatlán", "La Concordia", "Ixtapan del Río", "Huitzilan", "Puerto Escondido del Norte", "Valle Chico");

		static final List<String> FREQUENCIES = List.of("ANNUAL", "MONTHLY", "QUARTERLY", "WEEKLY", "DAILY", "IRREG");

		/** file-type code, media type, file suffix, label. */
		static final List<String[]> FORMATS = List.of(new String[] { "CSV", "text/csv", "csv", "CSV" },
				new String[] { "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "XLSX" },
				new String[] { "JSON", "application/json", "json", "JSON" },
				new String[] { "GEOJSON", "application/geo+json", "geojson", "GeoJSON" },
				new String[] { "PDF", "application/pdf", "pdf", "PDF" });

		private final String base;

		private final long seed;

		Generator(String base, long seed) {
			this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
			this.seed = seed;
		}

		String datasetId(int i) {
			return TOPICS.get(i % TOPICS.size()).slug() + "-" + String.format(Locale.ROOT, "%06d", i);
		}

		String datasetIri(int i) {
			return base + "/dataset/" + datasetId(i);
		}

		String publisherIri(String id) {
			return base + "/publisher/" + id;
		}

		String publisherStatements(String id) {
			return """
					<%s> a foaf:Agent , foaf:Organization ;
					    foaf:name "Dependencia de %s del Estado de Valle de Anáhuac"@es ;
					    foaf:homepage <https://%s.valledeanahuac.gob.mx/> ;
					    foaf:mbox <mailto:datosabiertos@%s.valledeanahuac.gob.mx> ;
					    dct:type <http://purl.org/adms/publishertype/RegionalAuthority> .
					""".formatted(publisherIri(id), id, id, id);
		}

		String datasetStatements(int i) {
			SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
			Topic t = TOPICS.get(i % TOPICS.size());
			String id = datasetId(i);
			String iri = datasetIri(i);
			String place = PLACES.get(r.nextInt(PLACES.size()));
			int year = 2015 + r.nextInt(11);
			LocalDate modified = LocalDate.of(year + 1, 1 + r.nextInt(12), 1 + r.nextInt(28));
			String publisher = PUBLISHERS.get(t.publisher());
			StringBuilder s = new StringBuilder(4_200);
			s.append('<').append(iri).append(">\n    a dcat:Dataset ;\n");
			s.append("    dct:title \"").append(t.es()).append(' ').append(year).append(", ").append(place).append("\"@es");
			if (r.nextBoolean()) {
				s.append(" ,\n        \"").append(t.en()).append(' ').append(year).append(", ").append(place).append("\"@en");
			}
			s.append(" ;\n    dct:description \"").append(t.es()).append(" del municipio de ").append(place).append(" durante ")
				.append(year)
				.append(": registros administrativos integrados por la dependencia responsable a partir de los reportes de sus ")
				.append("oficinas regionales, con fecha, municipio, localidad, categoría y cifras. Conjunto generado para las ")
				.append("pruebas de rendimiento del registro; no son datos reales.\"@es ;\n");
			s.append("    dct:identifier \"VA-BENCH-").append(String.format(Locale.ROOT, "%06d", i)).append("\" ;\n");
			s.append("    dct:publisher <").append(publisherIri(publisher)).append("> ;\n");
			s.append("    dcat:contactPoint [\n        a vcard:Kind , vcard:Organization ;\n        vcard:fn \"Unidad de datos abiertos, ")
				.append(publisher)
				.append("\" ;\n        vcard:hasEmail <mailto:datos@")
				.append(publisher)
				.append(".valledeanahuac.gob.mx>\n    ] ;\n");
			s.append("    dcat:keyword ");
			for (int k = 0; k < t.keywords().size(); k++) {
				s.append(k == 0 ? "" : " , ").append('"').append(t.keywords().get(k)).append("\"@es");
			}
			s.append(" , \"").append(place.toLowerCase(Locale.ROOT)).append("\"@es ;\n    dcat:theme ");
			for (int k = 0; k < t.themes().size(); k++) {
				s.append(k == 0 ? "" : " ,\n        ").append('<').append(EU).append("data-theme/").append(t.themes().get(k)).append('>');
			}
			s.append(" ;\n    dct:spatial <").append(EU).append("country/MEX> ;\n");
			s.append("    dct:temporal [\n        a dct:PeriodOfTime ;\n        dcat:startDate \"").append(year)
				.append("-01-01\"^^xsd:date ;\n        dcat:endDate \"")
				.append(year)
				.append("-12-31\"^^xsd:date\n    ] ;\n");
			s.append("    dct:accrualPeriodicity <").append(EU).append("frequency/").append(FREQUENCIES.get(r.nextInt(FREQUENCIES.size())))
				.append("> ;\n");
			s.append("    dct:issued \"").append(modified.minusMonths(3)).append("\"^^xsd:date ;\n");
			s.append("    dct:modified \"").append(modified).append("\"^^xsd:date ;\n");
			s.append("    dct:language <").append(EU).append("language/SPA> ;\n");
			s.append("    dct:accessRights <").append(EU).append("access-right/PUBLIC> ;\n");
			s.append("    dcat:landingPage <").append(SITE).append("dataset/").append(id).append("> ;\n");
			int distributions = 2 + r.nextInt(2);
			s.append("    dcat:distribution ");
			for (int d = 1; d <= distributions; d++) {
				s.append(d == 1 ? "" : " ,\n        ").append('<').append(iri).append("/distribution/").append(d).append('>');
			}
			s.append(" .\n");
			int first = r.nextInt(FORMATS.size());
			for (int d = 1; d <= distributions; d++) {
				String[] f = FORMATS.get((first + d - 1) % FORMATS.size());
				s.append("\n<").append(iri).append("/distribution/").append(d).append(">\n    a dcat:Distribution ;\n");
				s.append("    dct:title \"").append(t.es()).append(' ').append(year).append(" (").append(f[3]).append(")\"@es ;\n");
				s.append("    dct:description \"Archivo ").append(f[3]).append(" en UTF-8 con el diccionario de datos en la página del conjunto.\"@es ;\n");
				s.append("    dcat:accessURL <").append(SITE).append("dataset/").append(id).append("/recurso/").append(d).append("> ;\n");
				s.append("    dcat:downloadURL <").append(SITE).append("descargas/").append(id).append('.').append(f[2]).append("> ;\n");
				s.append("    dct:format <").append(EU).append("file-type/").append(f[0]).append("> ;\n");
				s.append("    dcat:mediaType <").append(IANA).append(f[1]).append("> ;\n");
				s.append("    dct:license <https://datos.gob.mx/libreusomx> ;\n");
				s.append("    dcat:byteSize \"").append(10_000 + r.nextInt(5_000_000)).append("\"^^xsd:nonNegativeInteger ;\n");
				s.append("    dct:modified \"").append(modified).append("\"^^xsd:date ;\n");
				s.append("    adms:status <").append(EU).append("distribution-status/COMPLETED> .\n");
			}
			return s.toString();
		}

	}

	/** CPU time of the server, this client and the whole machine, read from /proc. */
	record Cpu(long wallNanos, long serverTicks, long clientNanos, long machineBusy, long machineTotal, Map<String, Long> serverThreads) {

		static Cpu now(long serverPid) {
			long[] machine = machine();
			Map<String, Long> threads = serverPid > 0 ? threadTicks(serverPid) : Map.of();
			return new Cpu(System.nanoTime(), serverPid > 0 ? ticks(Path.of("/proc/" + serverPid + "/stat"))[1] : 0, ownCpuNanos(),
					machine[0], machine[1], threads);
		}

		/** CPU ticks of the server's threads, summed by name without its number ("GC Thread#", "http-nio-127.0."). */
		private static Map<String, Long> threadTicks(long pid) {
			Map<String, Long> byName = new TreeMap<>();
			try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
				tasks.forEach((task) -> {
					String[] t = new String[] { null };
					long[] v = ticks(task.resolve("stat"), t);
					if (t[0] != null) {
						byName.merge(t[0].replaceAll("[-#]?\\d+$", ""), v[1], Long::sum);
					}
				});
			}
			catch (IOException | UncheckedIOException ex) {
				// the server is gone
			}
			return byName;
		}

		private static long[] ticks(Path stat) {
			return ticks(stat, new String[1]);
		}

		/** utime + stime (fields 14, 15 of proc_pid_stat) in [1]; the thread's name in name[0]. */
		private static long[] ticks(Path stat, String[] name) {
			try {
				String line = Files.readString(stat);
				name[0] = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
				String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
				return new long[] { 0, Long.parseLong(f[11]) + Long.parseLong(f[12]) };
			}
			catch (IOException ex) {
				name[0] = null;
				return new long[] { 0, 0 };
			}
		}

		private static long ownCpuNanos() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
		}

		/** busy and total jiffies over all cores. */
		private static long[] machine() {
			try {
				String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
				long busy = 0;
				long total = 0;
				for (int k = 1; k <= 8 && k < f.length; k++) {
					long v = Long.parseLong(f[k]);
					total += v;
					busy += (k == 4 || k == 5) ? 0 : v; // idle, iowait
				}
				return new long[] { busy, total };
			}
			catch (IOException ex) {
				return new long[] { 0, 0 };
			}
		}

	}

	/** What one measured phase did. */
	record Phase(String name, int clients, long requests, long elapsedNanos, long[] sortedNanos, long bytes,
			Map<String, Long> errors, Cpu before, Cpu after, long[] completions) {

		double perSecond() {
			return requests * 1e9 / elapsedNanos;
		}

		double percentileMillis(double p) {
			if (sortedNanos.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(p * sortedNanos.length);
			return sortedNanos[Math.max(0, rank - 1)] / 1e6;
		}

		long errorCount() {
			return errors.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** A request to send (the bytes of its head and body) and what a good answer looks like. */
	record Call(String label, byte[] head, byte[] body, int status, String contentType) {
	}

	/** What came back; {@code body} is the connection's buffer, valid until its next request. */
	record Response(int status, String contentType, byte[] body, int length) {
	}

	/**
	 * One persistent HTTP/1.1 connection with blocking I/O, like a wrk connection: the JDK's
	 * HttpClient spent about four times wrk's CPU per request here, CPU taken from the server on a
	 * 2-core machine. Enough of the protocol for this benchmark: Content-Length or chunked bodies,
	 * {@code Connection: close} (Tomcat closes after 100 requests by default), and one retry on a
	 * fresh connection when a reused one turns out closed before any answer (GET and PUT are
	 * idempotent).
	 */
	static final class Connection implements AutoCloseable {

		private final InetSocketAddress address;

		private Socket socket;

		private InputStream in;

		private OutputStream out;

		private byte[] buffer = new byte[64 * 1024];

		Connection(String host, int port) {
			this.address = new InetSocketAddress(host, port);
		}

		Response send(Call call) throws IOException {
			for (int attempt = 0;; attempt++) {
				boolean reused = socket != null;
				if (!reused) {
					open();
				}
				try {
					out.write(call.head());
					if (call.body() != null) {
						out.write(call.body());
					}
					out.flush();
					return read();
				}
				catch (EOFException ex) {
					close();
					if (!reused || attempt > 0) {
						throw ex;
					}
				}
			}
		}

		private void open() throws IOException {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(120_000);
			socket.connect(address, 10_000);
			in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
			out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
		}

		private Response read() throws IOException {
			String statusLine = line();
			if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
				throw new IOException("not an HTTP response: " + statusLine);
			}
			int status = Integer.parseInt(statusLine.substring(9, 12));
			String contentType = "";
			long contentLength = -1;
			boolean chunked = false;
			boolean closeAfter = false;
			for (String h = line(); !h.isEmpty(); h = line()) {
				int colon = h.indexOf(':');
				String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = h.substring(colon + 1).trim();
				switch (name) {
					case "content-type" -> contentType = value;
					case "content-length" -> contentLength = Long.parseLong(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					case "connection" -> closeAfter = value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			int length = 0;
			if (chunked) {
				for (int size = chunkSize(); size > 0; size = chunkSize()) {
					length = readFully(length, size);
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (contentLength >= 0) {
				length = readFully(0, (int) contentLength);
			}
			else if (status != 204 && status != 304) {
				closeAfter = true;
				for (int r; (r = in.read(ensure(length + 8192), length, 8192)) > 0;) {
					length += r;
				}
			}
			Response response = new Response(status, contentType, buffer, length);
			if (closeAfter) {
				close();
			}
			return response;
		}

		private int chunkSize() throws IOException {
			String l = line();
			int semicolon = l.indexOf(';');
			return Integer.parseInt((semicolon < 0 ? l : l.substring(0, semicolon)).trim(), 16);
		}

		private int readFully(int at, int count) throws IOException {
			byte[] b = ensure(at + count);
			for (int done = 0; done < count;) {
				int r = in.read(b, at + done, count - done);
				if (r < 0) {
					throw new EOFException("connection closed in a body");
				}
				done += r;
			}
			return at + count;
		}

		private byte[] ensure(int size) {
			if (buffer.length < size) {
				buffer = Arrays.copyOf(buffer, Math.max(size, buffer.length * 2));
			}
			return buffer;
		}

		private String line() throws IOException {
			StringBuilder s = new StringBuilder(64);
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new EOFException("connection closed");
				}
				if (c != '\r') {
					s.append((char) c);
				}
			}
			return s.toString();
		}

		@Override
		public void close() {
			if (socket != null) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// closing anyway
				}
				socket = null;
			}
		}

	}

	static final class Run {

		private final Options o;

		private final Generator generator;

		private final String base;

		private final int n;

		private final long serverPid;

		private final int clkTck;

		private final String host;

		private final int port;

		private final String token = System.getenv("BENCH_TOKEN");

		Run(Options o) {
			this.o = o;
			this.base = o.string("base");
			URI uri = URI.create(base);
			this.host = uri.getHost();
			this.port = uri.getPort() < 0 ? 80 : uri.getPort();
			this.generator = new Generator(base, o.integer("seed", 1));
			this.n = o.integer("n", 10_000);
			this.serverPid = Long.parseLong(o.string("server-pid", "0"));
			this.clkTck = o.integer("clk-tck", 100);
		}

		void execute() throws Exception {
			int putClients = o.integer("concurrency", 8);
			int getClients = o.integer("get-concurrency", 4);
			Duration warmup = Duration.ofSeconds(o.integer("warmup", 20));
			Duration measure = Duration.ofSeconds(o.integer("duration", 20));

			Phase load = null;
			if (Boolean.parseBoolean(o.string("load", "true"))) {
				if (token == null || token.isBlank()) {
					throw new IllegalStateException("BENCH_TOKEN is not set");
				}
				Phase publishers = fixed("PUT publisher", 1, Generator.PUBLISHERS.size(),
						(i) -> put("publishers", Generator.PUBLISHERS.get(i), generator.publisherStatements(Generator.PUBLISHERS.get(i))));
				requireClean(publishers);
				log("generating %,d dataset bodies", n);
				byte[][] bodies = new byte[n][];
				for (int i = 0; i < n; i++) {
					bodies[i] = (Generator.PREFIXES + generator.datasetStatements(i)).getBytes(StandardCharsets.UTF_8);
				}
				log("loading %,d datasets through PUT with %d clients", n, putClients);
				load = fixed("PUT new dataset (load)", putClients, n, (i) -> put("datasets", generator.datasetId(i), bodies[i]));
			}

			List<Phase> phases = new ArrayList<>();
			if (load != null) {
				phases.add(load);
			}
			record Get(String key, String name, String path, String accept, String type) {
			}
			List<String> wanted = List.of(o.string("gets", "turtle,jsonld,html,static").split(","));
			for (Get g : List.of(new Get("turtle", "GET dataset Turtle", null, "text/turtle", "text/turtle"),
					new Get("jsonld", "GET dataset JSON-LD", null, "application/ld+json", "application/ld+json"),
					new Get("html", "GET dataset HTML", null, "text/html", "text/html"),
					new Get("static", "GET static /css/registro.css", "/css/registro.css", "text/css,*/*;q=0.1", "text/css"))) {
				if (!wanted.contains(g.key())) {
					continue;
				}
				IntFunction<Call> call = (i) -> get(
						g.path() != null ? g.path() : "/dataset/" + generator.datasetId(ThreadLocalRandom.current().nextInt(n)), g.accept(),
						g.type());
				log("%s: %ds warm-up, %ds measured, %d clients", g.name(), warmup.toSeconds(), measure.toSeconds(), getClients);
				Phase warm = timed(g.name() + " (warm-up)", getClients, warmup, call);
				warm.errors().forEach((k, v) -> log("%s: %,d x %s", warm.name(), v, k));
				phases.add(timed(g.name(), getClients, measure, call));
			}

			new Report(n, base, serverPid, clkTck, o.string("baseline-file", "")).print(phases, load, putClients);
		}

		private Call put(String kinds, String id, String statements) {
			return put(kinds, id, (Generator.PREFIXES + statements).getBytes(StandardCharsets.UTF_8));
		}

		private Call put(String kinds, String id, byte[] body) {
			String target = "/api/v1/" + kinds + "/" + id + "?status=published";
			String head = "PUT " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nUser-Agent: registro-bench\r\n"
					+ "Authorization: Bearer " + token + "\r\nContent-Type: text/turtle; charset=utf-8\r\nContent-Length: " + body.length
					+ "\r\nAccept: application/json\r\n\r\n";
			return new Call("PUT " + target, head.getBytes(StandardCharsets.ISO_8859_1), body, 201, "application/json");
		}

		private Call get(String path, String accept, String type) {
			String head = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nUser-Agent: registro-bench\r\nAccept: "
					+ accept + "\r\n\r\n";
			return new Call("GET " + path + " (" + accept + ")", head.getBytes(StandardCharsets.ISO_8859_1), null, 200, type);
		}

		/** Sends calls 0..total-1, each once, from {@code clients} threads. */
		private Phase fixed(String name, int clients, int total, IntFunction<Call> calls) throws InterruptedException {
			AtomicInteger next = new AtomicInteger();
			return drive(name, clients, calls, () -> {
				int i = next.getAndIncrement();
				return i < total ? i : -1;
			}, total);
		}

		/** Sends calls for a fixed time from {@code clients} threads. */
		private Phase timed(String name, int clients, Duration length, IntFunction<Call> calls) throws InterruptedException {
			long end = System.nanoTime() + length.toNanos();
			return drive(name, clients, calls, () -> System.nanoTime() < end ? 0 : -1, 0);
		}

		private Phase drive(String name, int clients, IntFunction<Call> calls, java.util.function.IntSupplier nextIndex, int expected)
				throws InterruptedException {
			Map<String, LongAdder> errors = new ConcurrentHashMap<>();
			Map<String, String> firstBodies = new ConcurrentHashMap<>();
			long[][] latencies = new long[clients][];
			int[] counts = new int[clients];
			LongAdder bytes = new LongAdder();
			long[] completions = new long[Math.max(expected, 0)];
			AtomicInteger completed = new AtomicInteger();
			Cpu before = Cpu.now(serverPid);
			List<Thread> threads = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				threads.add(Thread.ofPlatform().name("bench-" + c).start(() -> {
					long[] mine = new long[1024];
					int count = 0;
					Connection connection = new Connection(host, port);
					for (int i = nextIndex.getAsInt(); i >= 0; i = nextIndex.getAsInt()) {
						Call call = calls.apply(i);
						long t0 = System.nanoTime();
						String problem;
						try {
							Response response = connection.send(call);
							long t1 = System.nanoTime();
							if (count == mine.length) {
								mine = Arrays.copyOf(mine, count * 2);
							}
							mine[count++] = t1 - t0;
							bytes.add(response.length());
							problem = response.status() != call.status() ? "HTTP " + response.status()
									: !response.contentType().startsWith(call.contentType()) ? "Content-Type " + response.contentType() : null;
							if (problem != null) {
								firstBodies.putIfAbsent(problem, call.label() + " -> "
										+ new String(response.body(), 0, Math.min(600, response.length()), StandardCharsets.UTF_8));
							}
						}
						catch (IOException ex) {
							connection.close();
							problem = ex.getClass().getSimpleName() + ": " + ex.getMessage();
						}
						if (problem != null) {
							errors.computeIfAbsent(problem, (k) -> new LongAdder()).increment();
						}
						int done = completed.getAndIncrement();
						if (done < completions.length) {
							completions[done] = System.nanoTime();
						}
					}
					connection.close();
					latencies[client] = mine;
					counts[client] = count;
				}));
			}
			for (Thread t : threads) {
				t.join();
			}
			Cpu after = Cpu.now(serverPid);
			long[] all = new long[Arrays.stream(counts).sum()];
			int at = 0;
			for (int c = 0; c < clients; c++) {
				System.arraycopy(latencies[c], 0, all, at, counts[c]);
				at += counts[c];
			}
			Arrays.sort(all);
			Map<String, Long> errorCounts = new TreeMap<>();
			errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
			firstBodies.forEach((k, v) -> log("%s: first %s: %s", name, k, v));
			return new Phase(name, clients, completed.get(), after.wallNanos() - before.wallNanos(), all, bytes.sum(), errorCounts,
					before, after, completions);
		}

		private void requireClean(Phase p) {
			if (p.errorCount() > 0) {
				throw new IllegalStateException(p.name() + " failed: " + p.errors());
			}
		}

		private static void log(String format, Object... args) {
			System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
		}

	}

	/** The table of phases, the CPU split by server thread, the ratios to the baselines and to the targets. */
	static final class Report {

		private static final int[] WIDTHS = { 30, 7, 9, 8, 7, 7, 8, 6, 8, 14, 19 };

		private final int n;

		private final String base;

		private final long serverPid;

		private final int clkTck;

		private final String baselineFile;

		Report(int n, String base, long serverPid, int clkTck, String baselineFile) {
			this.n = n;
			this.base = base;
			this.serverPid = serverPid;
			this.clkTck = clkTck;
			this.baselineFile = baselineFile;
		}

		/** Prints the table, then the ratios; {@code load} is null when the load was skipped. */
		void print(List<Phase> phases, Phase load, int putClients) throws IOException {
			System.out.println();
			System.out.printf(Locale.ROOT, "Registro benchmark: %,d generated datasets, %s, %d cores, client JDK %s%n", n, base,
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
			System.out.println();
			row("phase", "clients", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "KB/resp", "srv CPU ms/req",
					"cores srv/cli/other");
			rule();
			for (Phase p : phases) {
				double wallTicks = p.elapsedNanos() / 1e9 * clkTck;
				double server = (p.after().serverTicks() - p.before().serverTicks()) / wallTicks;
				double client = (p.after().clientNanos() - p.before().clientNanos()) / (double) p.elapsedNanos();
				double machine = (p.after().machineBusy() - p.before().machineBusy()) / wallTicks;
				double serverMsPerRequest = (p.after().serverTicks() - p.before().serverTicks()) * 1000.0 / clkTck / p.requests();
				row(p.name(), String.valueOf(p.clients()), String.format(Locale.ROOT, "%,d", p.requests()),
						String.format(Locale.ROOT, "%,.0f", p.perSecond()), ms(p.percentileMillis(0.50)), ms(p.percentileMillis(0.99)),
						ms(p.percentileMillis(1.0)), String.valueOf(p.errorCount()),
						String.format(Locale.ROOT, "%.1f", p.bytes() / 1024.0 / Math.max(1, p.requests())),
						serverPid > 0 ? String.format(Locale.ROOT, "%.2f", serverMsPerRequest) : "-",
						String.format(Locale.ROOT, "%.2f/%.2f/%.2f", server, client, Math.max(0, machine - server - client)));
			}
			rule();
			for (Phase p : phases) {
				p.errors().forEach((k, v) -> System.out.printf(Locale.ROOT, "  errors in %s: %,d x %s%n", p.name(), v, k));
			}
			if (serverPid > 0) {
				System.out.println();
				System.out.println("Server CPU by thread (cores; names as the kernel truncates them, numbers dropped):");
				for (Phase p : phases) {
					System.out.printf(Locale.ROOT, "  %-30s %s%n", p.name(), threadBreakdown(p));
				}
				for (Phase p : phases) {
					double jit = threadCores(p, "C1 CompilerThre") + threadCores(p, "C2 CompilerThre");
					if (jit > 0.15) {
						System.out.printf(Locale.ROOT, "  note: the JIT compilers took %.2f cores during %s: not at steady state, so its figures"
								+ " may be low (%s)%n", jit, p.name(), p == load ? "the load starts on a fresh server" : "longer warm-up: -w");
					}
				}
			}

			if (load != null) {
				System.out.println();
				System.out.println("PUT rate by tenth of the load, records/s (does it slow down as the store grows?):");
				StringBuilder tenths = new StringBuilder(" ");
				long previous = load.before().wallNanos();
				for (int k = 1; k <= 10; k++) {
					int last = (int) ((long) load.completions().length * k / 10) - 1;
					int first = (int) ((long) load.completions().length * (k - 1) / 10);
					if (last < first) {
						continue;
					}
					long end = load.completions()[last];
					tenths.append(String.format(Locale.ROOT, " %,.0f", (last - first + 1) * 1e9 / (end - previous)));
					previous = end;
				}
				System.out.println(tenths);
			}

			System.out.println();
			Phase turtle = phases.stream().filter((p) -> p.name().contains("Turtle")).findFirst().orElse(null);
			Phase css = phases.stream().filter((p) -> p.name().contains("static")).findFirst().orElse(null);
			if (!baselineFile.isEmpty() && load != null) {
				Properties b = new Properties();
				try (var in = Files.newInputStream(Path.of(baselineFile))) {
					b.load(in);
				}
				double seconds = Double.parseDouble(b.getProperty("seconds"));
				long records = Long.parseLong(b.getProperty("datasets"));
				double rate = records / seconds;
				System.out.printf(Locale.ROOT,
						"Baseline, same run: Jena TDB2 %s bulk loader (what tdb2.tdbloader uses on an empty database), the same%n"
								+ "  %,d datasets as one TriG file (%,d quads) into a fresh TDB2, one thread of input, no HTTP, no validation:%n"
								+ "  %.1f s = %,.0f records/s; database on disk %s%n",
						b.getProperty("loader"), records, Long.parseLong(b.getProperty("quads")), seconds, rate, b.getProperty("disk", "?"));
				System.out.printf(Locale.ROOT, "  registry PUT %,.0f records/s / bulk loader %,.0f records/s = %.3f%n", load.perSecond(), rate,
						load.perSecond() / rate);
			}
			if (css != null && turtle != null) {
				System.out.printf(Locale.ROOT, "Baseline, same run: static file through the same server and client: %,.0f req/s, p50 %s ms%n",
						css.perSecond(), ms(css.percentileMillis(0.5)));
				System.out.printf(Locale.ROOT, "  Turtle GET %,.0f req/s / static file %,.0f req/s = %.2f%n", turtle.perSecond(),
						css.perSecond(), turtle.perSecond() / css.perSecond());
			}

			System.out.println();
			System.out.println("Targets (issue), measured / target:");
			if (turtle != null) {
				target("Turtle GET p50 <= 5 ms", turtle.percentileMillis(0.5), 5.0, false, "ms");
				target("Turtle GET >= 1,500 req/s", turtle.perSecond(), 1500, true, "req/s");
			}
			if (load != null) {
				target("PUT with validation >= 200 records/s, " + putClients + " clients", load.perSecond(), 200, true, "records/s");
			}
		}

		private double threadCores(Phase p, String thread) {
			long ticks = p.after().serverThreads().getOrDefault(thread, 0L) - p.before().serverThreads().getOrDefault(thread, 0L);
			return ticks / (p.elapsedNanos() / 1e9 * clkTck);
		}

		private String threadBreakdown(Phase p) {
			double wallTicks = p.elapsedNanos() / 1e9 * clkTck;
			Map<String, Long> delta = new HashMap<>();
			p.after().serverThreads().forEach((k, v) -> delta.put(k, v - p.before().serverThreads().getOrDefault(k, 0L)));
			StringBuilder s = new StringBuilder();
			delta.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(6)
				.filter((e) -> e.getValue() > 0)
				.forEach((e) -> s.append(String.format(Locale.ROOT, "%s %.2f  ", e.getKey(), e.getValue() / wallTicks)));
			return s.toString().strip();
		}

		private static void target(String label, double measured, double target, boolean higherIsBetter, String unit) {
			boolean met = higherIsBetter ? measured >= target : measured <= target;
			System.out.printf(Locale.ROOT, "  %-48s %,10.2f %-9s ratio %.2f  %s%n", label, measured, unit, measured / target,
					met ? "met" : "NOT MET");
		}

		private static String ms(double v) {
			return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
		}

		private static void row(String... cells) {
			StringBuilder s = new StringBuilder();
			for (int k = 0; k < cells.length; k++) {
				s.append(k == 0 ? String.format("%-" + WIDTHS[k] + "s", cells[k]) : String.format(" %" + WIDTHS[k] + "s", cells[k]));
			}
			System.out.println(s);
		}

		private static void rule() {
			System.out.println("-".repeat(Arrays.stream(WIDTHS).sum() + WIDTHS.length - 1));
		}

	}

}
