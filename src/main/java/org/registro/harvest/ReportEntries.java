package org.registro.harvest;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * The results of a stored SHACL report graph as {@link ReportEntry}s with every
 * {@code sh:resultMessage} each one has. Jena's {@code ValidationReport.fromGraph} keeps one
 * message per result, an arbitrary one of the shapes' languages, so the reader's language could
 * not be chosen from what it returns.
 */
final class ReportEntries {

	private ReportEntries() {
	}

	static List<ReportEntry> of(Graph report) {
		return report.find(Node.ANY, SHACL.result, Node.ANY).mapWith(Triple::getObject).toList().stream().map((r) -> entry(report, r)).toList();
	}

	private static ReportEntry entry(Graph g, Node result) {
		Node severity = one(g, result, SHACL.resultSeverity);
		ReportEntry e = ReportEntry.create()
			.focusNode(one(g, result, SHACL.focusNode))
			.value(one(g, result, SHACL.value))
			.source(one(g, result, SHACL.sourceShape))
			.sourceConstraintComponent(one(g, result, SHACL.sourceConstraintComponent))
			// sh:resultSeverity is required; a report without it is read as the strictest
			.severity(severity != null ? Severity.create(severity) : Severity.Violation);
		Node path = one(g, result, SHACL.resultPath);
		if (path != null) {
			e.resultPath(ShaclPaths.parsePath(g, path));
		}
		g.find(result, SHACL.resultMessage, Node.ANY).forEachRemaining((t) -> e.message(t.getObject()));
		return e;
	}

	private static Node one(Graph g, Node subject, Node property) {
		return g.find(subject, property, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
	}

}
