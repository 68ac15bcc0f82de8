package org.registro.validation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.Path;
import org.springframework.stereotype.Component;

/**
 * Turns report entries into {@link Problem}s, choosing the shape's {@code sh:message} in the
 * reader's language and falling back to Jena's own technical message.
 */
@Component
public class ProblemDescriber {

	public List<Problem> describe(Collection<ReportEntry> entries, Locale locale) {
		return entries.stream()
			.sorted((a, b) -> Integer.compare(rank(a.severity()), rank(b.severity())))
			.map((e) -> describe(e, locale))
			.toList();
	}

	public Problem describe(ReportEntry e, Locale locale) {
		return new Problem(e.severity().level().getLocalName().toLowerCase(Locale.ROOT), text(e.focusNode()),
				pathText(e.resultPath()), text(e.value()), message(e, locale.getLanguage()), text(e.source()));
	}

	private static String message(ReportEntry e, String lang) {
		String fallback = null;
		for (Node m : e.messages()) {
			if (!m.isLiteral()) {
				continue;
			}
			if (m.getLiteralLanguage().equalsIgnoreCase(lang)) {
				return m.getLiteralLexicalForm();
			}
			if (fallback == null || m.getLiteralLanguage().equals("es")) {
				fallback = m.getLiteralLexicalForm();
			}
		}
		return fallback != null ? fallback : e.message();
	}

	private static int rank(Severity s) {
		return s == Severity.Violation ? 0 : (s == Severity.Warning ? 1 : 2);
	}

	private static String pathText(Path p) {
		if (p == null) {
			return null;
		}
		String s = p.toString();
		return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
	}

	private static String text(Node n) {
		if (n == null) {
			return null;
		}
		if (n.isURI()) {
			return n.getURI();
		}
		return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
	}

}
