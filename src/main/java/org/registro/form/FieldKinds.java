package org.registro.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.SKOS;
import org.registro.vocabulary.RegistroShapes;

/**
 * Decides the kind of a field from its shapes (see {@code docs/forms.md} for the rules, in the
 * order they are tried).
 */
final class FieldKinds {

	private final ChoiceOptions choices;

	/** The form of a class, if it has one (empty while that class is being built: no cycles). */
	private final Function<Resource, Optional<FormSpec>> forms;

	FieldKinds(ChoiceOptions choices, Function<Resource, Optional<FormSpec>> forms) {
		this.choices = choices;
		this.forms = forms;
	}

	FieldDraft decide(MergedShape shape) {
		List<RDFNode> nodes = shape.all(SHACLM.node);
		// rdf:langString, as DCAT-AP profiles write it, means the same as our annotation.
		if (shape.flag(RegistroShapes.multilingual)
				|| shape.first(SHACLM.datatype).filter((d) -> d.equals(org.apache.jena.vocabulary.RDF.langString)).isPresent()) {
			return FieldDraft.of(FieldKind.MULTILINGUAL_TEXT);
		}
		if (nodes.contains(RegistroShapes.AgentValue)) {
			return FieldDraft.of(FieldKind.PUBLISHER);
		}
		if (nodes.contains(RegistroShapes.DateValue)) {
			return FieldDraft.of(FieldKind.DATE);
		}
		if (nodes.contains(RegistroShapes.NonNegativeNumberValue)) {
			return FieldDraft.of(FieldKind.NUMBER);
		}
		Map<String, List<Option>> options = options(shape, nodes);
		if (!options.isEmpty()) {
			return new FieldDraft(FieldKind.CHOICE, options, null, null, null, List.of());
		}
		List<Resource> classes = classes(shape, nodes);
		for (Resource cls : classes) {
			Optional<FormSpec> nested = forms.apply(cls);
			if (nested.isPresent()) {
				return new FieldDraft(FieldKind.NESTED, Map.of(), nested.get(), cls.getURI(), null, List.of());
			}
		}
		if (!classes.isEmpty() || !nodes.isEmpty()) {
			return FieldDraft.of(FieldKind.UNSUPPORTED);
		}
		return simple(shape);
	}

	private static FieldDraft simple(MergedShape shape) {
		Optional<RDFNode> datatype = shape.first(SHACLM.datatype);
		Optional<RDFNode> nodeKind = shape.first(SHACLM.nodeKind);
		if (datatype.isPresent() || nodeKind.filter(SHACLM.Literal::equals).isPresent()) {
			return new FieldDraft(FieldKind.TEXT, Map.of(), null, null, datatype.map((d) -> d.asResource().getURI()).orElse(null), List.of());
		}
		if (nodeKind.filter((k) -> k.equals(SHACLM.IRI) || k.equals(SHACLM.BlankNodeOrIRI)).isPresent()) {
			List<String> schemes = shape.all(RegistroShapes.linkScheme).stream().map((n) -> n.asLiteral().getString()).toList();
			return new FieldDraft(FieldKind.URL, Map.of(), null, null, null, schemes.isEmpty() ? List.of("http", "https") : schemes);
		}
		return FieldDraft.of(FieldKind.UNSUPPORTED);
	}

	/** A vocabulary shape's {@code sh:node} names the scheme (through {@code skos:inScheme sh:hasValue}); or an {@code sh:in} list. */
	private Map<String, List<Option>> options(MergedShape shape, List<RDFNode> nodes) {
		Set<String> schemes = new LinkedHashSet<>();
		nodes.forEach((n) -> collectSchemes(n, schemes, 0));
		if (!schemes.isEmpty()) {
			return choices.ofSchemes(schemes);
		}
		Set<String> listed = new LinkedHashSet<>();
		shape.all(SHACLM.in).forEach((l) -> l.as(RDFList.class).iterator().forEachRemaining((v) -> {
			if (v.isURIResource()) {
				listed.add(v.asResource().getURI());
			}
		}));
		return listed.isEmpty() ? Map.of() : choices.labelled(listed);
	}

	private static void collectSchemes(RDFNode shape, Set<String> schemes, int depth) {
		if (!shape.isResource() || depth > 3) {
			return;
		}
		Resource s = shape.asResource();
		s.listProperties(SHACLM.property).forEachRemaining((st) -> {
			Resource p = st.getResource();
			if (SKOS.inScheme.equals(p.getPropertyResourceValue(SHACLM.path)) && p.hasProperty(SHACLM.hasValue)) {
				schemes.add(p.getPropertyResourceValue(SHACLM.hasValue).getURI());
			}
		});
		s.listProperties(SHACLM.or).forEachRemaining((st) -> st.getObject().as(RDFList.class).iterator()
			.forEachRemaining((member) -> collectSchemes(member, schemes, depth + 1)));
	}

	/** {@code sh:class}, then the classes a helper shape's {@code sh:or} lists. */
	private static List<Resource> classes(MergedShape shape, List<RDFNode> nodes) {
		List<Resource> classes = new ArrayList<>();
		shape.all(SHACLM.class_).forEach((c) -> classes.add(c.asResource()));
		for (RDFNode n : nodes) {
			n.asResource().listProperties(SHACLM.or).forEachRemaining((st) -> st.getObject().as(RDFList.class).iterator()
				.forEachRemaining((m) -> {
					Resource c = m.asResource().getPropertyResourceValue(SHACLM.class_);
					if (c != null) {
						classes.add(c);
					}
				}));
		}
		return classes;
	}

}
