package org.registro.form;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Resource;
import org.registro.validation.RecordValidator;
import org.registro.vocabulary.Vocabularies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The forms of the classes the shapes in force describe, built once at start-up from the
 * validator's shapes and the controlled vocabularies: adding a property shape with an
 * {@code sh:group} adds a field, with no code change.
 */
@Component
public class FormSchemas {

	private final Map<String, FormSpec> specs;

	@Autowired
	public FormSchemas(RecordValidator validator, Vocabularies vocabularies) {
		this(validator.shapes().getGraph(), vocabularies.graph());
	}

	FormSchemas(Graph shapes, Graph concepts) {
		this.specs = new SpecBuilder(shapes, concepts).buildAll();
	}

	/**
	 * The form of a class.
	 * @throws IllegalArgumentException if no shape with form metadata targets the class
	 */
	public FormSpec forClass(Resource cls) {
		return find(cls.getURI()).orElseThrow(() -> new IllegalArgumentException("No form for the class <" + cls.getURI() + ">"));
	}

	public Optional<FormSpec> find(String classIri) {
		return Optional.ofNullable(specs.get(classIri));
	}

}
