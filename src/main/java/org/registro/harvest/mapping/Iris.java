package org.registro.harvest.mapping;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Which source values become IRIs. The rule for every field that must be an IRI: an absolute
 * {@code http}/{@code https} IRI is one; anything else is left out (no literal in its place).
 */
public final class Iris {

	/** One address, without spaces or characters that would break a mailto IRI. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"{}|\\\\^`]+@[^@\\s<>\"{}|\\\\^`]+");

	private Iris() {
	}

	/** The value as an IRI node when it is an absolute http(s) IRI. */
	public static Optional<Node> web(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.strip();
		if (v.isEmpty() || v.chars().anyMatch(Character::isWhitespace)) {
			return Optional.empty();
		}
		try {
			IRIx iri = IRIx.create(v);
			String scheme = iri.scheme() == null ? "" : iri.scheme().toLowerCase(Locale.ROOT);
			if (!iri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || v.length() <= scheme.length() + 3) {
				return Optional.empty();
			}
			return Optional.of(NodeFactory.createURI(v));
		}
		catch (IRIException ex) {
			return Optional.empty();
		}
	}

	/** A {@code mailto:} IRI for an e-mail address, written with or without {@code mailto:}. */
	public static Optional<Node> mailto(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.strip();
		if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
			v = v.substring(7).strip();
		}
		if (!EMAIL.matcher(v).matches()) {
			return Optional.empty();
		}
		try {
			IRIx.create("mailto:" + v);
			return Optional.of(NodeFactory.createURI("mailto:" + v));
		}
		catch (IRIException ex) {
			return Optional.empty();
		}
	}

}
