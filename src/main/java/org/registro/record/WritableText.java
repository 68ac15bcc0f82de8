package org.registro.record;

import java.util.regex.Pattern;

/**
 * Whether a text can be a literal of a record: control characters other than tab and line ends are
 * not allowed in XML 1.0, so a record holding one could be stored but not served as RDF/XML or
 * shown in a page. The record shaper refuses them on every write path; the form says so next to
 * the field.
 */
public final class WritableText {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

	private WritableText() {
	}

	public static boolean isWritable(String text) {
		return !CONTROL.matcher(text).find();
	}

}
