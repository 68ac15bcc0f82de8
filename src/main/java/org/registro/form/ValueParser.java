package org.registro.form;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.registro.record.WritableText;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Turns the text of one input into the RDF term it stores, or says why it cannot: an input that
 * cannot be stored gives a message code (see the form message bundle), never an exception, and
 * stores nothing.
 */
final class ValueParser {

	static final String ERROR_TEXT = "form.error.text";

	static final String ERROR_DATE = "form.error.date";

	static final String ERROR_NUMBER = "form.error.number";

	static final String ERROR_URL = "form.error.url";

	static final String ERROR_IRI = "form.error.iri";

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern INTEGER = Pattern.compile("\\d+");

	/** A web link names a host. */
	private static final Pattern WEB = Pattern.compile("(?is)https?://[^/?#@]+([/?#].*)?");

	private static final Pattern DECIMAL = Pattern.compile("\\d*\\.\\d+");

	private ValueParser() {
	}

	/** The message code of why this text cannot be stored in the field, or null when it can (or is blank). */
	static String problem(FieldSpec f, String text) {
		String t = clean(text);
		if (t.isEmpty()) {
			return null;
		}
		if (!WritableText.isWritable(t)) {
			return ERROR_TEXT;
		}
		return switch (f.kind()) {
			case TEXT -> f.datatype() == null || datatype(f).isValid(t) ? null : ERROR_TEXT;
			case DATE -> date(t) == null ? ERROR_DATE : null;
			case NUMBER -> number(t) == null ? ERROR_NUMBER : null;
			case URL -> link(f, t) == null ? ERROR_URL : null;
			case CHOICE, PUBLISHER -> iri(t, null) == null ? ERROR_IRI : null;
			default -> null;
		};
	}

	/** The term for this text, or null when it is blank or cannot be stored. */
	static Node node(FieldSpec f, String text, String lang) {
		String t = clean(text);
		if (t.isEmpty() || problem(f, text) != null) {
			return null;
		}
		return switch (f.kind()) {
			case TEXT -> f.datatype() == null ? NodeFactory.createLiteralString(t) : NodeFactory.createLiteralDT(t, datatype(f));
			case MULTILINGUAL_TEXT -> NodeFactory.createLiteralLang(t, lang);
			case DATE -> date(t);
			case NUMBER -> number(t);
			case URL -> NodeFactory.createURI(link(f, t));
			case CHOICE, PUBLISHER -> NodeFactory.createURI(t);
			default -> null;
		};
	}

	/** Surrounding spaces dropped; line ends as the browser sends them (CRLF) made LF. */
	static String clean(String text) {
		return text == null ? "" : text.replace("\r\n", "\n").strip();
	}

	private static RDFDatatype datatype(FieldSpec f) {
		return TypeMapper.getInstance().getSafeTypeByName(f.datatype());
	}

	/** A date as the date input sends it; a year, year-month or date-time as typed elsewhere. */
	private static Node date(String t) {
		XSDDatatype type = YEAR.matcher(t).matches() ? XSDDatatype.XSDgYear
				: YEAR_MONTH.matcher(t).matches() ? XSDDatatype.XSDgYearMonth
						: t.contains("T") ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate;
		return type.isValid(t) ? NodeFactory.createLiteralDT(t, type) : null;
	}

	private static Node number(String t) {
		if (INTEGER.matcher(t).matches()) {
			return NodeFactory.createLiteralDT(t, XSDDatatype.XSDnonNegativeInteger);
		}
		return DECIMAL.matcher(t).matches() ? NodeFactory.createLiteralDT(t, XSDDatatype.XSDdecimal) : null;
	}

	/** An absolute IRI in one of the field's schemes; a scheme-less value gets the field's only non-web scheme. */
	private static String link(FieldSpec f, String t) {
		String value = t;
		if (!t.contains(":") && f.linkSchemes().size() == 1) {
			value = f.linkSchemes().get(0) + ":" + t;
		}
		String iri = iri(value, f.linkSchemes().contains("http") ? "web" : null);
		if (iri == null) {
			return null;
		}
		String scheme = iri.substring(0, iri.indexOf(':')).toLowerCase(Locale.ROOT);
		return f.linkSchemes().contains(scheme) ? iri : null;
	}

	/** The text if it is an absolute IRI (for web links: with a host), else null. */
	private static String iri(String t, String web) {
		if (t.chars().anyMatch((c) -> Character.isWhitespace(c) || c == '<' || c == '>' || c == '"')) {
			return null;
		}
		try {
			IRIx iri = IRIx.create(t);
			if (!iri.isAbsolute() || (web != null && t.matches("(?i)https?:.*") && !WEB.matcher(t).matches())) {
				return null;
			}
			return t;
		}
		catch (IRIException ex) {
			return null;
		}
	}

}
