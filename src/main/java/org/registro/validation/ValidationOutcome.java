package org.registro.validation;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/** A SHACL report read the way the registry uses it: violations reject, warnings are kept. */
public record ValidationOutcome(ValidationReport report) {

	public boolean hasViolations() {
		return report.getEntries().stream().anyMatch((e) -> e.severity() == Severity.Violation);
	}

	public List<ReportEntry> warnings() {
		return report.getEntries().stream().filter((e) -> e.severity() != Severity.Violation).toList();
	}

	/** The report as an {@code sh:ValidationReport} graph. */
	public Graph graph() {
		return report.getGraph();
	}

}
