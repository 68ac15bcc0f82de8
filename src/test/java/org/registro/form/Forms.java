package org.registro.form;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.vocabulary.DCAT;
import org.registro.support.Services;
import org.registro.system.RegistryProperties;
import org.registro.validation.RecordValidator;
import org.springframework.core.io.DefaultResourceLoader;

/** The form engine wired by hand over the real shapes and vocabularies, shared by the form tests. */
final class Forms {

	static final List<String> SHAPES = List.of("classpath:shapes/dcat-ap-3.ttl", "classpath:shapes/dcat-ap-3-vocabularies.ttl");

	private static RecordValidator validator;

	private static FormSchemas schemas;

	private Forms() {
	}

	static synchronized RecordValidator validator() {
		if (validator == null) {
			validator = validator(SHAPES);
		}
		return validator;
	}

	static synchronized FormSchemas schemas() {
		if (schemas == null) {
			schemas = new FormSchemas(validator(), Services.vocabularies());
		}
		return schemas;
	}

	static FormSpec dataset() {
		return schemas().forClass(DCAT.Dataset);
	}

	static RecordValidator validator(List<String> shapes) {
		RegistryProperties p = Services.properties(Path.of("unused"));
		RegistryProperties withShapes = new RegistryProperties(p.baseUri(), p.dataDir(), p.demoData(), p.security(),
				new RegistryProperties.Validation(shapes), p.api(), p.catalog(), p.writes(), p.sparql(), p.login(), p.workflow(), p.feed(), p.outbound(), p.harvest());
		return new RecordValidator(withShapes, Services.vocabularies(), new DefaultResourceLoader());
	}

}
