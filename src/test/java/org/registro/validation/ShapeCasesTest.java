package org.registro.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.registro.support.Services;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Runs every case under {@code src/test/resources/shapes/<shape>/{valid,invalid}/}: a valid case has
 * no Violation; an invalid case has each Violation (and Warning) it declares with
 * {@code t:expectViolation [ t:focus …; t:path … ]}, triples that are removed before validating.
 */
class ShapeCasesTest {

	private static final String T = "https://w3id.org/registro/test#";

	private static final Path ROOT = Path.of("src/test/resources/shapes");

	private static RecordValidator validator;

	record Expectation(Severity severity, Node focus, Node path) {

		boolean matches(ReportEntry r) {
			return r.severity() == severity && r.focusNode().equals(focus)
					&& (path == null || (r.resultPath() instanceof P_Link link && link.getNode().equals(path)));
		}

	}

	@BeforeAll
	static void shapes() {
		validator = new RecordValidator(Services.properties(Path.of("target/unused")), Services.vocabularies(), new DefaultResourceLoader());
	}

	static Stream<Path> cases() throws IOException {
		try (Stream<Path> files = Files.walk(ROOT)) {
			return files.filter((p) -> p.toString().endsWith(".ttl")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void caseHasTheExpectedVerdict(Path file) {
		Graph all = GraphFactory.createDefaultGraph();
		RDFParser.source(file).parse(all);
		List<Expectation> expected = expectations(all);
		Graph data = withoutTestTriples(all);
		ValidationOutcome outcome = validator.validate(data);
		List<ReportEntry> entries = new ArrayList<>(outcome.report().getEntries());

		if (file.getParent().getFileName().toString().equals("valid")) {
			assertThat(outcome.hasViolations()).as("violations in a valid case: %s", entries).isFalse();
		}
		else {
			assertThat(expected).as("an invalid case declares what it expects").anyMatch((e) -> e.severity() == Severity.Violation);
			// Every Violation must be one the case declares: an extra one means a rule misfires.
			for (ReportEntry r : entries) {
				if (r.severity() == Severity.Violation) {
					assertThat(expected).as("undeclared violation %s", r).anyMatch((e) -> e.matches(r));
				}
			}
		}
		for (Expectation e : expected) {
			assertThat(entries).as("%s at %s %s in %s", e.severity(), e.focus(), e.path(), entries).anyMatch(e::matches);
		}
	}

	private static List<Expectation> expectations(Graph g) {
		List<Expectation> out = new ArrayList<>();
		for (String kind : List.of("expectViolation", "expectWarning")) {
			Severity severity = kind.equals("expectViolation") ? Severity.Violation : Severity.Warning;
			g.find(Node.ANY, NodeFactory.createURI(T + kind), Node.ANY).forEachRemaining((t) -> {
				Node e = t.getObject();
				Node focus = g.find(e, NodeFactory.createURI(T + "focus"), Node.ANY).mapWith(Triple::getObject).next();
				List<Node> paths = g.find(e, NodeFactory.createURI(T + "path"), Node.ANY).mapWith(Triple::getObject).toList();
				out.add(new Expectation(severity, focus, paths.isEmpty() ? null : paths.get(0)));
			});
		}
		return out;
	}

	private static Graph withoutTestTriples(Graph all) {
		List<Node> testNodes = all.find().filterKeep((t) -> t.getPredicate().getURI().startsWith(T)).mapWith(Triple::getSubject).toList();
		Graph data = GraphFactory.createDefaultGraph();
		all.find()
			.filterDrop((t) -> t.getPredicate().getURI().startsWith(T) || testNodes.contains(t.getSubject()))
			.forEachRemaining(data::add);
		return data;
	}

}
