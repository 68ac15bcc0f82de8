package org.registro.form;

import java.util.List;
import java.util.Map;

import org.registro.vocabulary.RegistroShapes;

/**
 * One section of a form: the fields of one {@code sh:PropertyGroup}, in {@code sh:order}.
 *
 * @param group the group IRI (e.g. {@code regsh:MandatoryGroup})
 * @param labels the group's {@code rdfs:label} per language
 * @param order the group's {@code sh:order}
 * @param fields the fields, ordered
 */
public record FormSection(String group, Map<String, String> labels, double order, List<FieldSpec> fields) {

	public String label(String lang) {
		return Texts.pick(labels, lang, "");
	}

	/**
	 * Whether a validation result concerns a field of this section.
	 * @param prefix the id prefix of the form the section belongs to ("" or {@code distribution[0].})
	 * @param problems results by field id, as {@link FormBinder#problemsByField} gives them
	 */
	public boolean hasProblems(String prefix, Map<String, ? extends List<?>> problems) {
		if (problems == null) {
			return false;
		}
		return fields.stream().map((f) -> prefix + f.key()).anyMatch((id) -> problems.keySet().stream()
			.anyMatch((k) -> k.equals(id) || k.startsWith(id + "[") || k.startsWith(id + ".")));
	}

	/** The optional section, which the page folds unless it holds values or problems. */
	public boolean optional() {
		return group.equals(RegistroShapes.OptionalGroup.getURI());
	}

}
