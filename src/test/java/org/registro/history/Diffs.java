package org.registro.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.support.Services;
import org.registro.validation.RecordValidator;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.DefaultResourceLoader;

/** A VersionDiff wired by hand (shapes and vocabularies in force, the steward messages) and its fixtures. */
final class Diffs {

	static final Node DENGUE = NodeFactory.createURI(RegistryTest.BASE + "/dataset/dengue-2024");

	private Diffs() {
	}

	static VersionDiff versionDiff(Path dataDir) {
		RecordValidator validator = new RecordValidator(Services.properties(dataDir), Services.vocabularies(), new DefaultResourceLoader());
		return new VersionDiff(validator, Services.vocabularies(), messages(), (iri, locale) -> java.util.Optional.empty());
	}

	/** The steward bundle, read as the application reads it (UTF-8, no fallback to the system locale). */
	static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages-steward");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** A Turtle file under {@code src/test/resources/history/}. */
	static Graph fixture(String name) {
		try (InputStream in = Diffs.class.getResourceAsStream("/history/" + name)) {
			return Rdf.parse(in.readAllBytes(), Lang.TURTLE, RegistryTest.BASE + "/");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Graph turtle(String text) {
		return Rdf.parse(text, Lang.TURTLE);
	}

}
