/*
 * The DCAT source bench/harvest.sh harvests: N generated datasets (about 43 triples each: 2
 * distributions, a contact point and a period as blank nodes, the publisher described with
 * foaf:name, EU themes, file types, language, access right and frequency, a licence IRI, dates),
 * rendered on the fly from (seed, index) as Turtle pages of P datasets linked by hydra:next. Nothing
 * is held in memory but the page being sent: a page costs a few milliseconds of CPU to render.
 * Built on bench/Bench.java's topics, places and formats, under IRIs of another catalog
 * (https://datos.origen.example/...), so the registry keeps them as harvested IRIs.
 *
 * With "changed" set, exactly the datasets whose index is 42 mod 100 (N/100 of them when 100
 * divides N) get another title; everything else stays byte for byte the same.
 *
 * Also writes the same datasets as N-Quads, one named graph per dataset (holding its publisher's
 * description, as the harvested record does), for the bulk loader baseline:
 *
 *   java -cp REGISTRY_CLASSPATH:BENCH_CLASSES SourceCatalog --nquads=FILE --n=N [--seed=1]
 *
 * prints datasets= and quads= (key=value lines) on stdout.
 */

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

public class SourceCatalog {

	static final String SITE = "https://datos.origen.example/";

	static final String PREFIXES = Bench.Generator.PREFIXES + "@prefix hydra: <http://www.w3.org/ns/hydra/core#> .\n";

	private static final String EU = Bench.Generator.EU;

	private final int n;

	private final long seed;

	private volatile boolean changed;

	SourceCatalog(int n, long seed) {
		this.n = n;
		this.seed = seed;
	}

	void changed(boolean on) {
		changed = on;
	}

	static boolean isChanged(int i) {
		return i % 100 == 42;
	}

	/** How many datasets the change switch alters. */
	int changedCount() {
		return n / 100 + (n % 100 > 42 ? 1 : 0);
	}

	int pages(int size) {
		return (n + size - 1) / size;
	}

	static String id(int i) {
		return Bench.Generator.TOPICS.get(i % Bench.Generator.TOPICS.size()).slug() + "-" + String.format(Locale.ROOT, "%06d", i);
	}

	static String datasetIri(int i) {
		return SITE + "dataset/" + id(i);
	}

	static String publisherIri(String p) {
		return SITE + "organismo/" + p;
	}

	static String publisher(String p) {
		return "<" + publisherIri(p) + "> a foaf:Agent , foaf:Organization ;\n    foaf:name \"Dependencia de " + p
				+ " del Estado de Valle de Anáhuac\"@es .\n";
	}

	/** Page k (from 1) of `size` datasets, under `url` (the page's URL without ?page=). */
	String page(String url, int k, int size) {
		int from = (k - 1) * size;
		int to = Math.min(n, from + size);
		int last = pages(size);
		StringBuilder s = new StringBuilder(2_000 * (to - from) + 2_000).append(PREFIXES).append('\n');
		s.append('<').append(url).append("> a dcat:Catalog , hydra:Collection ;\n    dct:title \"Catálogo de origen (benchmark)\"@es ;\n");
		s.append("    hydra:totalItems ").append(n).append(" ;\n    hydra:view <").append(url).append("?page=").append(k).append('>');
		for (int i = from; i < to; i++) {
			s.append(" ;\n    dcat:dataset <").append(datasetIri(i)).append('>');
		}
		s.append(" .\n\n<").append(url).append("?page=").append(k).append("> a hydra:PartialCollectionView ;\n");
		s.append("    hydra:first <").append(url).append("?page=1> ;\n    hydra:last <").append(url).append("?page=").append(last).append('>');
		if (k < last) {
			s.append(" ;\n    hydra:next <").append(url).append("?page=").append(k + 1).append('>');
		}
		s.append(" .\n\n");
		TreeSet<String> publishers = new TreeSet<>();
		for (int i = from; i < to; i++) {
			publishers.add(Bench.Generator.PUBLISHERS.get(topic(i).publisher()));
			s.append(dataset(i)).append('\n');
		}
		publishers.forEach((p) -> s.append(publisher(p)));
		return s.toString();
	}

	private static Bench.Generator.Topic topic(int i) {
		return Bench.Generator.TOPICS.get(i % Bench.Generator.TOPICS.size());
	}

	/** Dataset i's own triples (not its publisher's), in Turtle without prefixes. */
	String dataset(int i) {
		SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
		Bench.Generator.Topic t = topic(i);
		String id = id(i);
		String iri = datasetIri(i);
		String place = Bench.Generator.PLACES.get(r.nextInt(Bench.Generator.PLACES.size()));
		int year = 2015 + r.nextInt(11);
		LocalDate modified = LocalDate.of(year + 1, 1 + r.nextInt(12), 1 + r.nextInt(28));
		String p = Bench.Generator.PUBLISHERS.get(t.publisher());
		StringBuilder s = new StringBuilder(2_400);
		s.append('<').append(iri).append("> a dcat:Dataset ;\n");
		s.append("    dct:title \"").append(t.es()).append(' ').append(year).append(", ").append(place)
			.append(changed && isChanged(i) ? " (revisado)" : "").append("\"@es ;\n");
		s.append("    dct:description \"").append(t.es()).append(" del municipio de ").append(place).append(" durante ").append(year)
			.append(": registros administrativos con fecha, municipio, localidad, categoría y cifras. Generado para medir la cosecha;")
			.append(" no son datos reales.\"@es ;\n");
		s.append("    dct:identifier \"ORIGEN-").append(String.format(Locale.ROOT, "%06d", i)).append("\" ;\n");
		s.append("    dct:publisher <").append(publisherIri(p)).append("> ;\n");
		s.append("    dcat:contactPoint [ a vcard:Organization ; vcard:fn \"Unidad de datos abiertos, ").append(p)
			.append("\" ; vcard:hasEmail <mailto:datos@").append(p).append(".valledeanahuac.gob.mx> ] ;\n");
		s.append("    dcat:keyword \"").append(t.keywords().get(0)).append("\"@es , \"").append(t.keywords().get(1)).append("\"@es , \"")
			.append(place.toLowerCase(Locale.ROOT)).append("\"@es ;\n    dcat:theme ");
		for (int k = 0; k < t.themes().size(); k++) {
			s.append(k == 0 ? "" : " , ").append('<').append(EU).append("data-theme/").append(t.themes().get(k)).append('>');
		}
		s.append(" ;\n    dct:spatial <").append(EU).append("country/MEX> ;\n");
		s.append("    dct:temporal [ a dct:PeriodOfTime ; dcat:startDate \"").append(year).append("-01-01\"^^xsd:date ; dcat:endDate \"")
			.append(year).append("-12-31\"^^xsd:date ] ;\n");
		s.append("    dct:accrualPeriodicity <").append(EU).append("frequency/")
			.append(Bench.Generator.FREQUENCIES.get(r.nextInt(Bench.Generator.FREQUENCIES.size()))).append("> ;\n");
		s.append("    dct:issued \"").append(modified.minusMonths(3)).append("\"^^xsd:date ;\n");
		s.append("    dct:modified \"").append(modified).append("\"^^xsd:date ;\n");
		s.append("    dct:language <").append(EU).append("language/SPA> ;\n");
		s.append("    dct:accessRights <").append(EU).append("access-right/PUBLIC> ;\n");
		s.append("    dcat:landingPage <").append(SITE).append("conjunto/").append(id).append("> ;\n");
		s.append("    dcat:distribution <").append(iri).append("/distribucion/1> , <").append(iri).append("/distribucion/2> .\n");
		int first = r.nextInt(Bench.Generator.FORMATS.size());
		for (int d = 1; d <= 2; d++) {
			String[] f = Bench.Generator.FORMATS.get((first + d - 1) % Bench.Generator.FORMATS.size());
			s.append('<').append(iri).append("/distribucion/").append(d).append("> a dcat:Distribution ;\n");
			s.append("    dct:title \"").append(t.es()).append(' ').append(year).append(" (").append(f[3]).append(")\"@es ;\n");
			s.append("    dcat:accessURL <").append(SITE).append("conjunto/").append(id).append("/recurso/").append(d).append("> ;\n");
			s.append("    dcat:downloadURL <").append(SITE).append("descargas/").append(id).append('.').append(f[2]).append("> ;\n");
			s.append("    dct:format <").append(EU).append("file-type/").append(f[0]).append("> ;\n");
			s.append("    dcat:mediaType <").append(Bench.Generator.IANA).append(f[1]).append("> ;\n");
			s.append("    dct:license <https://datos.gob.mx/libreusomx> .\n");
		}
		return s.toString();
	}

	/** The datasets as N-Quads, one graph per dataset named by its IRI; returns the quads written. */
	long writeNQuads(Path file) throws Exception {
		long[] quads = { 0 };
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
			StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
			writer.start();
			for (int i = 0; i < n; i++) {
				Node graph = NodeFactory.createURI(datasetIri(i));
				StreamRDF toGraph = new StreamRDFWrapper(writer) {

					@Override
					public void triple(Triple triple) {
						quads[0]++;
						other.quad(Quad.create(graph, triple));
					}

					@Override
					public void prefix(String prefix, String iri) {
					}

					@Override
					public void start() {
					}

					@Override
					public void finish() {
					}

				};
				String doc = PREFIXES + dataset(i) + publisher(Bench.Generator.PUBLISHERS.get(topic(i).publisher()));
				RDFParser.fromString(doc, Lang.TURTLE).parse(toGraph);
			}
			writer.finish();
		}
		return quads[0];
	}

	public static void main(String[] args) throws Exception {
		Bench.Options o = Bench.Options.parse(args);
		int n = o.integer("n", 100_000);
		SourceCatalog catalog = new SourceCatalog(n, o.integer("seed", 1));
		long start = System.nanoTime();
		long quads = catalog.writeNQuads(Path.of(o.string("nquads")));
		System.out.printf(Locale.ROOT, "datasets=%d%nquads=%d%nwrite_seconds=%.1f%n", n, quads, (System.nanoTime() - start) / 1e9);
	}

}
