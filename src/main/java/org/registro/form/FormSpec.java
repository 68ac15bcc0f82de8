package org.registro.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form of one class, derived from the shapes: sections in group order.
 *
 * @param type the class IRI
 * @param labels the class's name per language (the main node shape's {@code rdfs:label})
 * @param sections the sections, ordered
 */
public record FormSpec(String type, Map<String, String> labels, List<FormSection> sections) {

	public String label(String lang) {
		return Texts.pick(labels, lang, "");
	}

	/** Every field, section by section. */
	public List<FieldSpec> fields() {
		return sections.stream().flatMap((s) -> s.fields().stream()).toList();
	}

	/** The fields that are entered (all but UNSUPPORTED). */
	public List<FieldSpec> managedFields() {
		return fields().stream().filter((f) -> f.kind() != FieldKind.UNSUPPORTED).toList();
	}

	public Optional<FieldSpec> field(String key) {
		return fields().stream().filter((f) -> f.key().equals(key)).findFirst();
	}

	public Optional<FieldSpec> fieldByPath(String path) {
		return fields().stream().filter((f) -> f.path().equals(path)).findFirst();
	}

}
