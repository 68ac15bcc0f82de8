package org.registro.form;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One form field: every shape of a class about one property, merged.
 *
 * @param key the field's name in parameters and element ids (the path's local name, unique in its form)
 * @param path the property IRI
 * @param kind how it is entered and stored
 * @param names the label per language
 * @param descriptions the hint per language
 * @param required a Violation shape asks for at least one value
 * @param recommended a Warning shape asks for at least one value
 * @param repeatable no shape limits it to one value
 * @param multiline a long text ({@code regsh:multiline})
 * @param datatype the datatype IRI of new TEXT values, or null for plain strings
 * @param linkSchemes for URL fields, the IRI schemes accepted (default http and https)
 * @param options for CHOICE fields, the scheme's concepts per language, sorted by label
 * @param nested for NESTED fields, the form of one item
 * @param nestedType for NESTED fields, the class new items are typed with
 * @param order the position in its section ({@code sh:order})
 */
public record FieldSpec(String key, String path, FieldKind kind, Map<String, String> names, Map<String, String> descriptions,
		boolean required, boolean recommended, boolean repeatable, boolean multiline, String datatype, List<String> linkSchemes,
		Map<String, List<Option>> options, FormSpec nested, String nestedType, double order) {

	/** Choice lists longer than this get a filter box (with JavaScript). */
	public static final int LONG_LIST = 30;

	public String name(String lang) {
		return Texts.pick(names, lang, key);
	}

	public String description(String lang) {
		return Texts.pick(descriptions, lang, "");
	}

	public List<Option> options(String lang) {
		return Texts.pick(options, lang, List.of());
	}

	public boolean longList() {
		return options.values().stream().anyMatch((o) -> o.size() > LONG_LIST);
	}

	/** Whether the value is one of the choices (a stored value outside them is still shown, as itself). */
	public boolean hasOption(String value) {
		return options.values().stream().flatMap(List::stream).anyMatch((o) -> o.value().equals(value));
	}

	/**
	 * The HTML input type for a value: {@code date} for dates the date picker can show (a year or
	 * a date-time stays a text input, so it is not lost), else {@code text}: browsers submit
	 * nothing for what they cannot parse, and the text must come back as typed.
	 */
	public String inputType(String value) {
		return kind == FieldKind.DATE && (value == null || value.isEmpty() || value.matches("\\d{4}-\\d{2}-\\d{2}")) ? "date" : "text";
	}

	/** The on-screen keyboard hint, or null. */
	public String inputMode() {
		return switch (kind) {
			case NUMBER -> "decimal";
			case URL -> linkSchemes.contains("mailto") ? "email" : (linkSchemes.contains("tel") ? "tel" : "url");
			default -> null;
		};
	}

	public Node pathNode() {
		return NodeFactory.createURI(path);
	}

	/** The languages of the inputs: the UI languages for multilingual fields, else one unnamed input. */
	public List<String> languages() {
		return kind == FieldKind.MULTILINGUAL_TEXT ? Texts.LANGUAGES : List.of();
	}

}
