package org.registro.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.registro.vocabulary.RegistroShapes;

/**
 * Builds the form of every targeted class from the shapes graph, once. The property shapes of all
 * node shapes targeting a class are merged by path; a path becomes a field when one of its shapes
 * has an {@code sh:group}.
 */
final class SpecBuilder {

	private final Model shapes;

	private final FieldKinds kinds;

	private final Map<Resource, Optional<FormSpec>> built = new HashMap<>();

	private final Set<Resource> building = new HashSet<>();

	SpecBuilder(Graph shapes, Graph concepts) {
		this.shapes = ModelFactory.createModelForGraph(shapes);
		this.kinds = new FieldKinds(new ChoiceOptions(concepts), this::spec);
	}

	Map<String, FormSpec> buildAll() {
		Map<String, FormSpec> all = new HashMap<>();
		shapes.listObjectsOfProperty(SHACLM.targetClass).filterKeep(RDFNode::isURIResource).forEachRemaining((c) ->
				spec(c.asResource()).ifPresent((s) -> all.put(c.asResource().getURI(), s)));
		return Map.copyOf(all);
	}

	private Optional<FormSpec> spec(Resource cls) {
		Optional<FormSpec> known = built.get(cls);
		if (known != null) {
			return known;
		}
		if (!building.add(cls)) {
			return Optional.empty();
		}
		Optional<FormSpec> spec = make(cls);
		building.remove(cls);
		built.put(cls, spec);
		return spec;
	}

	private Optional<FormSpec> make(Resource cls) {
		Map<String, String> labels = new HashMap<>();
		Map<Resource, List<Resource>> byPath = new LinkedHashMap<>();
		shapes.listSubjectsWithProperty(SHACLM.targetClass, cls).forEachRemaining((ns) -> {
			MergedShape.labels(ns).forEach(labels::putIfAbsent);
			ns.listProperties(SHACLM.property).forEachRemaining((st) -> {
				Resource ps = st.getResource();
				Resource path = ps.getPropertyResourceValue(SHACLM.path);
				if (path != null && path.isURIResource()) {
					byPath.computeIfAbsent(path, (p) -> new ArrayList<>()).add(ps);
				}
			});
		});
		Map<Resource, List<FieldSpec>> byGroup = new HashMap<>();
		Set<String> keys = new HashSet<>();
		for (List<Resource> group : byPath.values()) {
			MergedShape merged = new MergedShape(group);
			merged.first(SHACLM.group).filter(RDFNode::isURIResource)
				.ifPresent((g) -> byGroup.computeIfAbsent(g.asResource(), (k) -> new ArrayList<>()).add(field(merged, keys)));
		}
		if (byGroup.isEmpty()) {
			return Optional.empty();
		}
		List<FormSection> sections = new ArrayList<>();
		byGroup.forEach((group, fields) -> {
			fields.sort(Comparator.comparingDouble(FieldSpec::order).thenComparing(FieldSpec::key));
			sections.add(new FormSection(group.getURI(), MergedShape.labels(group), order(group), List.copyOf(fields)));
		});
		sections.sort(Comparator.comparingDouble(FormSection::order).thenComparing(FormSection::group));
		return Optional.of(new FormSpec(cls.getURI(), Map.copyOf(labels), List.copyOf(sections)));
	}

	private FieldSpec field(MergedShape shape, Set<String> keys) {
		FieldDraft d = kinds.decide(shape);
		return new FieldSpec(uniqueKey(shape.path().getLocalName(), keys), shape.path().getURI(), d.kind(),
				Map.copyOf(shape.texts(SHACLM.name)), Map.copyOf(shape.texts(SHACLM.description)), shape.required(),
				shape.recommended(), shape.repeatable(), shape.flag(RegistroShapes.multiline), d.datatype(), d.linkSchemes(),
				d.options(), d.nested(), d.nestedType(), shape.first(SHACLM.order).map(SpecBuilder::number).orElse(Double.MAX_VALUE));
	}

	/** Unique within the form, and safe in parameter names and element ids. */
	private static String uniqueKey(String local, Set<String> keys) {
		String base = local.replaceAll("[^A-Za-z0-9_-]", "_");
		base = base.isEmpty() || base.startsWith("_") ? "f" + base : base;
		String key = base;
		for (int i = 2; !keys.add(key); i++) {
			key = base + i;
		}
		return key;
	}

	private static double order(Resource group) {
		return group.hasProperty(SHACLM.order) ? number(group.getProperty(SHACLM.order).getObject()) : Double.MAX_VALUE;
	}

	private static double number(RDFNode n) {
		return n.isLiteral() ? n.asLiteral().getDouble() : Double.MAX_VALUE;
	}

}
