package org.registro.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDFS;

/**
 * The property shapes of one class that share a path, read together. Shapes that report
 * Violations come first, so their names, descriptions, group and order describe the field; the
 * warning and vocabulary shapes add what they know (recommended, choice scheme).
 */
final class MergedShape {

	private final List<Resource> shapes;

	MergedShape(List<Resource> shapes) {
		this.shapes = new ArrayList<>(shapes);
		this.shapes.sort(Comparator.comparing(MergedShape::isViolation).reversed().thenComparing(Resource::toString));
	}

	Resource path() {
		return shapes.get(0).getPropertyResourceValue(SHACLM.path);
	}

	/** The first value of {@code p} among the shapes, in priority order. */
	Optional<RDFNode> first(Property p) {
		return shapes.stream().map((s) -> s.getProperty(p)).filter((st) -> st != null).map(Statement::getObject).findFirst();
	}

	/** Every value of {@code p} among the shapes. */
	List<RDFNode> all(Property p) {
		List<RDFNode> out = new ArrayList<>();
		shapes.forEach((s) -> s.listProperties(p).forEachRemaining((st) -> out.add(st.getObject())));
		return out;
	}

	/** The language-tagged values of {@code p} from the first shape that has any. */
	Map<String, String> texts(Property p) {
		for (Resource s : shapes) {
			Map<String, String> byLang = texts(s, p);
			if (!byLang.isEmpty()) {
				return byLang;
			}
		}
		return Map.of();
	}

	static Map<String, String> texts(Resource r, Property p) {
		Map<String, String> byLang = new HashMap<>();
		r.listProperties(p).forEachRemaining((st) -> {
			if (st.getObject().isLiteral()) {
				byLang.putIfAbsent(st.getLiteral().getLanguage(), st.getString());
			}
		});
		return byLang;
	}

	static Map<String, String> labels(Resource r) {
		return texts(r, RDFS.label);
	}

	boolean required() {
		return shapes.stream().anyMatch((s) -> isViolation(s) && minCount(s) >= 1);
	}

	boolean recommended() {
		return shapes.stream().anyMatch((s) -> !isViolation(s) && minCount(s) >= 1);
	}

	boolean repeatable() {
		return shapes.stream().noneMatch((s) -> s.hasProperty(SHACLM.maxCount) && s.getProperty(SHACLM.maxCount).getInt() <= 1);
	}

	boolean flag(Property annotation) {
		return first(annotation).map((n) -> n.isLiteral() && n.asLiteral().getBoolean()).orElse(false);
	}

	private static int minCount(Resource s) {
		return s.hasProperty(SHACLM.minCount) ? s.getProperty(SHACLM.minCount).getInt() : 0;
	}

	/** No severity means Violation (the SHACL default). */
	private static boolean isViolation(Resource s) {
		Resource severity = s.getPropertyResourceValue(SHACLM.severity);
		return severity == null || severity.equals(SHACLM.Violation);
	}

}
