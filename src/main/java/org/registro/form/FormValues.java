package org.registro.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one form holds: the text of every input, by field key (and language), and the nested
 * items, each with the id of the node it edits. Plain strings, no RDF, so a value that cannot be
 * stored is still shown back as typed. The root form also holds the input errors found while
 * binding parameters ({@link #errors()}, by input id, as message codes).
 */
public final class FormValues {

	private final FormSpec spec;

	private String node;

	private final Map<String, List<String>> texts = new LinkedHashMap<>();

	private final Map<String, List<FormValues>> items = new LinkedHashMap<>();

	private final Map<String, String> errors = new LinkedHashMap<>();

	/**
	 * @param spec the form these values fill
	 * @param node the id of the node edited: an IRI, {@code _:label} for a blank node, or null when new
	 */
	public FormValues(FormSpec spec, String node) {
		this.spec = spec;
		this.node = node;
	}

	public FormSpec spec() {
		return spec;
	}

	public String node() {
		return node;
	}

	/** Set by {@link FormBinder#toGraph} on a new item, so that a re-rendered form keeps its IRI. */
	void node(String node) {
		this.node = node;
	}

	public List<String> values(String key) {
		return Collections.unmodifiableList(texts.getOrDefault(key, List.of()));
	}

	public List<String> values(String key, String lang) {
		return values(key + "." + lang);
	}

	public List<FormValues> items(String key) {
		return Collections.unmodifiableList(items.getOrDefault(key, List.of()));
	}

	/** The texts to render as inputs: the values, or one empty input when there are none. */
	public List<String> inputs(String key) {
		List<String> v = values(key);
		return v.isEmpty() ? List.of("") : v;
	}

	public List<String> inputs(String key, String lang) {
		return inputs(key + "." + lang);
	}

	public void add(String key, String text) {
		texts.computeIfAbsent(key, (k) -> new ArrayList<>()).add(text);
	}

	public void add(String key, String lang, String text) {
		add(key + "." + lang, text);
	}

	public void addItem(String key, FormValues item) {
		items.computeIfAbsent(key, (k) -> new ArrayList<>()).add(item);
	}

	/** Input errors of the whole form: input id (as in {@code docs/forms.md}) to message code. */
	public Map<String, String> errors() {
		return Collections.unmodifiableMap(errors);
	}

	public String error(String inputId) {
		return errors.get(inputId);
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	void error(String inputId, String code) {
		errors.put(inputId, code);
	}

	/** Whether any input holds text (nested items included). */
	public boolean hasValues() {
		return texts.values().stream().flatMap(List::stream).anyMatch((t) -> !t.isBlank())
				|| items.values().stream().flatMap(List::stream).anyMatch(FormValues::hasValues);
	}

	/** Whether any field of the section holds text or an item with an existing node. */
	public boolean hasValues(FormSection section) {
		return section.fields().stream().anyMatch((f) -> texts.entrySet().stream()
			.anyMatch((e) -> (e.getKey().equals(f.key()) || e.getKey().startsWith(f.key() + "."))
					&& e.getValue().stream().anyMatch((t) -> !t.isBlank()))
				|| items(f.key()).stream().anyMatch((i) -> i.node() != null || i.hasValues()));
	}

}
