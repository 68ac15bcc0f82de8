package org.registro.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.registro.support.Rdf;
import org.registro.support.Services;
import org.registro.system.RegistryProperties;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The official DCAT-AP 3.0.1 examples judged by the official shapes and by ours.
 *
 * <p>
 * Official shapes: the split files the specification links for validation, {@code shapes.ttl},
 * {@code range.ttl} and {@code mdr-vocabularies.shape.ttl}, i.e. every published file that can
 * raise a Violation ({@code shapes_recommended.ttl} and {@code deprecateduris.ttl} hold Warnings
 * only and cannot change a verdict). Not the generated {@code dcat-ap-SHACL.ttl}: Jena rejects the
 * 3.0.1 one ("Missing property shape", see VALIDATION-NOTES.md), and our DIFFERENCE comments are
 * written against the split files.
 *
 * <p>
 * Both sides run through {@link RecordValidator}, the official one configured with {@code file:}
 * locations exactly as an operator would in {@code registry.validation.shapes}. So the data graph
 * is the same (the example plus the background vocabularies, no publishers registered) and so is
 * the focus-node policy: focus nodes come from the example only. With the plain Jena validator the
 * official {@code skos:Concept} and {@code skos:ConceptScheme} shapes would also judge every
 * background vocabulary entry, which says nothing about the example.
 *
 * <p>
 * Every official example fails both sets of shapes, mostly for want of {@code dct:description},
 * so the example verdicts alone would hide every difference. The comparison is therefore made per
 * result, a (focus node, path) pair with at least one Violation; warnings never count. A result
 * reported by one side only is a difference; each must be explained by a {@link Cause}, checked
 * against the violating constraints and the shape files, and {@link #EXPECTED} lists, per example,
 * exactly the causes that must show up.
 */
class OfficialExamplesTest {

	private static final Path TESTDATA = sharedTestdata();

	private static final Path EXAMPLES = TESTDATA.resolve("dcat-ap-3/examples");

	private static final Path OFFICIAL_SHAPES = TESTDATA.resolve("dcat-ap-3/shacl/3.0.1/split");

	/** The context the example JSON-LD names; served from the local copy, nothing is fetched. */
	private static final String REMOTE_CONTEXT = "https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/"
			+ "context.jsonld";

	private static final Node DATASET_SERIES = NodeFactory.createURI(DCAT.NS + "DatasetSeries");

	private static final Node IN_SERIES = NodeFactory.createURI(DCAT.NS + "inSeries");

	/** Invalid Turtle upstream ("/" in a prefixed name), with the line Jena stops at; the JSON-LD twins parse. */
	private static final Map<String, Integer> INVALID_TURTLE = Map.of("example-bee-population-dataset-series-api.ttl", 20,
			"example-bee-population-dataset-series-combined.ttl", 32);

	/** The causes each example must show, no more and no fewer; an example not listed shows none. */
	private static final Map<String, Set<Cause>> EXPECTED = Map.ofEntries(
			Map.entry("example-bee-population-dataset-frequency.jsonld", EnumSet.of(Cause.FREQUENCY_CLASS)),
			Map.entry("example-bee-population-dataset-frequency.ttl", EnumSet.of(Cause.FREQUENCY_CLASS)),
			Map.entry("example-bee-population-dataset-series-api.jsonld",
					EnumSet.of(Cause.SPATIAL_CLASS, Cause.IN_SERIES_CLASS, Cause.UNDEFINED_XSD_PREFIX)),
			Map.entry("example-bee-population-dataset-series-combined.jsonld",
					EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE, Cause.UNDEFINED_XSD_PREFIX)),
			Map.entry("example-bee-population-dataset-series-frequency.jsonld", EnumSet.of(Cause.FREQUENCY_CLASS, Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series-frequency.ttl", EnumSet.of(Cause.FREQUENCY_CLASS, Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series-gea-nha.jsonld",
					EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE, Cause.UNDEFINED_XSD_PREFIX)),
			Map.entry("example-bee-population-dataset-series-gea-nha.ttl", EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series-issued.jsonld",
					EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE, Cause.UNDEFINED_XSD_PREFIX)),
			Map.entry("example-bee-population-dataset-series-issued.ttl", EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series-life-count.jsonld",
					EnumSet.of(Cause.SPATIAL_CLASS, Cause.IN_SERIES_CLASS, Cause.UNDEFINED_XSD_PREFIX)),
			Map.entry("example-bee-population-dataset-series-life-count.ttl", EnumSet.of(Cause.SPATIAL_CLASS, Cause.IN_SERIES_CLASS)),
			Map.entry("example-bee-population-dataset-series-modified.jsonld",
					EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE, Cause.UNDEFINED_XSD_PREFIX)),
			Map.entry("example-bee-population-dataset-series-modified.ttl", EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series-ordered.jsonld", EnumSet.of(Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series-ordered.ttl", EnumSet.of(Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series-spatial-thessaloniki-athens.jsonld",
					EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series-spatial-thessaloniki-athens.ttl",
					EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series-spatial-thessaloniki.jsonld",
					EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series-spatial-thessaloniki.ttl",
					EnumSet.of(Cause.SPATIAL_CLASS, Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series.jsonld", EnumSet.of(Cause.NO_SERIES_SHAPE)),
			Map.entry("example-bee-population-dataset-series.ttl", EnumSet.of(Cause.NO_SERIES_SHAPE)));

	private static RecordValidator ours;

	private static RecordValidator official;

	private static Graph ourShapes;

	private static Graph officialShapes;

	enum Side {

		OFFICIAL, OURS

	}

	/**
	 * Why one side reports a result the other does not. {@code violation} is what every Violation
	 * of the failing side at that result must be; {@code lacking} is an ASK over the other side's
	 * shapes, with {@code ?path} bound to each of {@code paths}, showing it has no such check.
	 */
	enum Cause {

		FREQUENCY_CLASS(Side.OFFICIAL, DCAT.Dataset.asNode(), List.of(DCTerms.accrualPeriodicity.asNode()),
				(e, data) -> requiresClass(e, DCTerms.Frequency.asNode()) && typedOnlyAsConcept(e.value(), data), Queries.NO_CLASS,
				"range.ttl requires sh:class dct:Frequency; the EU frequency concept is typed only skos:Concept in the "
						+ "vocabularies. Ours: DIFFERENCE at regsh:Dataset-accrualPeriodicity (controlled-vocabulary value: "
						+ "node kind only; membership is a Warning in dcat-ap-3-vocabularies.ttl)."),

		SPATIAL_CLASS(Side.OFFICIAL, DCAT.Dataset.asNode(), List.of(DCTerms.spatial.asNode()),
				(e, data) -> requiresClass(e, DCTerms.Location.asNode()) && untyped(e.value(), data), Queries.NO_CLASS,
				"range.ttl requires sh:class dct:Location; the GeoNames IRIs are typed nowhere (no background vocabulary "
						+ "holds them). Ours: DIFFERENCE at regsh:Dataset-spatial (node kind only)."),

		IN_SERIES_CLASS(Side.OFFICIAL, DCAT.Dataset.asNode(), List.of(IN_SERIES),
				(e, data) -> requiresClass(e, DATASET_SERIES) && untyped(e.value(), data), Queries.NO_CLASS,
				"range.ttl requires sh:class dcat:DatasetSeries; the series is not described in this example. Ours: "
						+ "DIFFERENCE at regsh:Dataset-inSeries (a link to another record: node kind only)."),

		NO_SERIES_SHAPE(Side.OFFICIAL, DATASET_SERIES, List.of(), (e, data) -> true, Queries.NO_SERIES_SHAPE,
				"The official shapes judge dcat:DatasetSeries (dct:description is mandatory; dates, sh:class on "
						+ "dct:spatial and dct:accrualPeriodicity). Ours have no dcat:DatasetSeries shape at all, and no "
						+ "DIFFERENCE comment says so."),

		UNDEFINED_XSD_PREFIX(Side.OURS, DCAT.Dataset.asNode(), List.of(DCTerms.issued.asNode(), DCTerms.modified.asNode()),
				(e, data) -> e.value().isLiteral() && e.value().getLiteralDatatypeURI().equals("xsd:date"), Queries.DATE_BY_SH_SHAPE,
				"examples/context.jsonld types dates \"xsd:date\" but defines no xsd prefix, so the datatype is the IRI "
						+ "<xsd:date>; our regsh:DateValue rejects it. The official shapes.ttl attaches its date check to "
						+ "dcat:Dataset dct:issued/dct:modified with sh:shape, not a SHACL term, so it never runs (header of "
						+ "dcat-ap-3.ttl: dates are checked wherever DCAT-AP expects one).");

		final Side side;

		final Node focusClass;

		final List<Node> paths;

		final BiPredicate<ReportEntry, Graph> violation;

		final String lacking;

		final String reason;

		Cause(Side side, Node focusClass, List<Node> paths, BiPredicate<ReportEntry, Graph> violation, String lacking, String reason) {
			this.side = side;
			this.focusClass = focusClass;
			this.paths = paths;
			this.violation = violation;
			this.lacking = lacking;
			this.reason = reason;
		}

		boolean explains(Result result, Collection<ReportEntry> violations, Graph data) {
			return data.contains(result.focus(), RDF.type.asNode(), focusClass)
					&& (paths.isEmpty() || (result.path() != null && paths.contains(result.path())))
					&& violations.stream().allMatch((e) -> violation.test(e, data));
		}

	}

	/** Shape-file facts, as ASK queries over one side's shapes. */
	private static final class Queries {

		static final String PREFIXES = """
				PREFIX sh: <http://www.w3.org/ns/shacl#>
				PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
				PREFIX dcat: <http://www.w3.org/ns/dcat#>
				""";

		/** No Violation-level sh:class for ?path on dcat:Dataset, directly or through sh:node / sh:or. */
		static final String NO_CLASS = PREFIXES + """
				ASK { FILTER NOT EXISTS {
				  ?shape sh:targetClass dcat:Dataset ; sh:property ?p .
				  ?p sh:path ?path ; (sh:node|sh:or/rdf:rest*/rdf:first)* ?q .
				  ?q sh:class ?class .
				  FILTER NOT EXISTS { ?p sh:severity ?s FILTER (?s != sh:Violation) }
				} }""";

		static final String NO_SERIES_SHAPE = PREFIXES + "ASK { FILTER NOT EXISTS { ?shape sh:targetClass dcat:DatasetSeries } }";

		/** ?path on dcat:Dataset carries sh:shape and nothing SHACL could check a date with. */
		static final String DATE_BY_SH_SHAPE = PREFIXES + """
				ASK {
				  ?shape sh:targetClass dcat:Dataset ; sh:property [ sh:path ?path ; sh:shape ?dates ] .
				  FILTER NOT EXISTS {
				    ?any sh:targetClass dcat:Dataset ; sh:property ?p .
				    ?p sh:path ?path ; sh:node|sh:datatype|sh:or ?check .
				  }
				}""";

	}

	record Result(Node focus, Node path) {

		static Result of(ReportEntry e) {
			return new Result(e.focusNode(), e.resultPath() instanceof P_Link link ? link.getNode() : null);
		}

	}

	@BeforeAll
	static void validators() {
		if (!Files.isDirectory(EXAMPLES)) {
			return; // every test skips, see assumeSharedTestdata
		}
		RegistryProperties p = Services.properties(Path.of("target/unused"));
		List<String> ourLocations = p.validation().shapes();
		List<String> officialLocations = Stream.of("shapes.ttl", "range.ttl", "mdr-vocabularies.shape.ttl")
			.map((f) -> OFFICIAL_SHAPES.resolve(f).toAbsolutePath().normalize().toUri().toString())
			.toList();
		RegistryProperties officialProperties = new RegistryProperties(p.baseUri(), p.dataDir(), p.demoData(), p.security(),
				new RegistryProperties.Validation(officialLocations), p.api(), p.catalog(), p.writes(), p.sparql(),
				p.login(), p.workflow(), p.feed(), p.outbound(), p.harvest());
		ours = new RecordValidator(p, Services.vocabularies(), new DefaultResourceLoader());
		official = new RecordValidator(officialProperties, Services.vocabularies(), new DefaultResourceLoader());
		ourShapes = load(ourLocations);
		officialShapes = load(officialLocations);
	}

	@BeforeEach
	void sharedTestdataPresent() {
		assumeSharedTestdata();
	}

	static Stream<String> examples() throws IOException {
		assumeSharedTestdata();
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			return files.map((f) -> f.getFileName().toString())
				.filter((n) -> n.endsWith(".ttl") || (n.endsWith(".jsonld") && !n.equals("context.jsonld")))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void verdictsAgreeExceptForListedCauses(String file) {
		if (INVALID_TURTLE.containsKey(file)) {
			assertThatThrownBy(() -> parse(file)).isInstanceOfSatisfying(RiotParseException.class,
					(ex) -> assertThat(ex.getLine()).isEqualTo(INVALID_TURTLE.get(file).longValue()));
			return;
		}
		Graph example = parse(file);
		assertThat(Rdf.ask(example, "ASK { ?r a ?c VALUES ?c { dcat:Dataset dcat:DatasetSeries dcat:DataService dcat:Catalog } }"))
			.as("%s describes a DCAT resource, so neither verdict is vacuous", file)
			.isTrue();
		Map<Result, List<ReportEntry>> byOfficial = violations(official.validate(example));
		Map<Result, List<ReportEntry>> byOurs = violations(ours.validate(example));
		// The graph the validators saw: the example and the background (vocabularies; no publishers registered).
		Graph data = new Union(example, Services.vocabularies().graph());
		Differences differences = Differences.of(byOfficial, byOurs, data);

		// No example's verdict differs today; if one ever does, the causes in the message say why.
		assertThat(byOurs.isEmpty()).as("%s: our verdict (conforms?) equals the official one; %s", file, differences)
			.isEqualTo(byOfficial.isEmpty());
		assertThat(differences.unexplained()).as("%s: results one side reports with no listed cause", file).isEmpty();
		assertThat(differences.causes()).as("%s: causes of the differences %s", file, differences.explained())
			.isEqualTo(EXPECTED.getOrDefault(file, Set.of()));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Cause.class)
	void theOtherSideHasNoSuchCheck(Cause cause) {
		Graph shapes = cause.side == Side.OFFICIAL ? ourShapes : officialShapes;
		for (Node path : cause.paths.isEmpty() ? List.of(Node.ANY) : cause.paths) {
			QueryExecBuilder ask = QueryExec.graph(shapes).query(cause.lacking);
			boolean lacks = (path == Node.ANY ? ask : ask.substitution("path", path)).ask();
			assertThat(lacks).as("the %s shapes have no such check on %s: %s", cause.side == Side.OFFICIAL ? "our" : "official",
					path, cause.reason)
				.isTrue();
		}
	}

	/** Results reported by one side only: those a cause explains, and the rest with their violations. */
	record Differences(Map<Result, Cause> explained, Map<Result, List<ReportEntry>> unexplained) {

		static Differences of(Map<Result, List<ReportEntry>> byOfficial, Map<Result, List<ReportEntry>> byOurs, Graph data) {
			Differences d = new Differences(new HashMap<>(), new HashMap<>());
			d.add(Side.OFFICIAL, byOfficial, byOurs, data);
			d.add(Side.OURS, byOurs, byOfficial, data);
			return d;
		}

		private void add(Side side, Map<Result, List<ReportEntry>> failing, Map<Result, List<ReportEntry>> other, Graph data) {
			failing.forEach((result, entries) -> {
				if (!other.containsKey(result)) {
					Stream.of(Cause.values())
						.filter((c) -> c.side == side && c.explains(result, entries, data))
						.findFirst()
						.ifPresentOrElse((c) -> explained.put(result, c), () -> unexplained.put(result, entries));
				}
			});
		}

		Set<Cause> causes() {
			return explained.isEmpty() ? Set.of() : EnumSet.copyOf(explained.values());
		}

	}

	private static Map<Result, List<ReportEntry>> violations(ValidationOutcome outcome) {
		return outcome.report()
			.getEntries()
			.stream()
			.filter((e) -> e.severity() == Severity.Violation)
			.collect(Collectors.groupingBy(Result::of));
	}

	private static boolean requiresClass(ReportEntry e, Node expected) {
		return e.constraint() instanceof ClassConstraint c && c.getExpectedClass().equals(expected);
	}

	private static boolean typedOnlyAsConcept(Node value, Graph data) {
		Set<Node> types = data.find(value, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
		return types.equals(Set.of(SKOS.Concept.asNode()));
	}

	private static boolean untyped(Node value, Graph data) {
		return !data.contains(value, RDF.type.asNode(), Node.ANY);
	}

	private static Graph parse(String file) {
		Path path = EXAMPLES.resolve(file);
		Graph g = GraphFactory.createDefaultGraph();
		RDFParser.source(path)
			.lang(RDFLanguages.filenameToLang(file))
			.errorHandler(ErrorHandlerFactory.errorHandlerExceptionOnError())
			.context(Rdf.jsonLdContexts(Map.of(REMOTE_CONTEXT, EXAMPLES.resolve("context.jsonld"))))
			.parse(g);
		return g;
	}

	private static Graph load(List<String> locations) {
		Graph g = GraphFactory.createDefaultGraph();
		DefaultResourceLoader loader = new DefaultResourceLoader();
		for (String location : locations) {
			try (InputStream in = loader.getResource(location).getInputStream()) {
				RDFParser.source(in).lang(Lang.TURTLE).parse(g);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return g;
	}

	private static void assumeSharedTestdata() {
		assumeTrue(Files.isDirectory(EXAMPLES), () -> "shared test data not found at " + EXAMPLES.toAbsolutePath().normalize()
				+ " (set -Dregistro.shared-testdata=/path/to/testdata)");
	}

	/** Where surefire says the shared test data is (pom.xml), else the sibling folder of the project. */
	private static Path sharedTestdata() {
		String configured = System.getProperty("registro.shared-testdata", "");
		return Path.of(configured.isBlank() ? "../shared/testdata" : configured);
	}

}
