package org.registro.web;

import java.io.ByteArrayInputStream;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * JSON-LD to RDF silently drops a statement whose {@code @id} or {@code @type} is not a valid IRI
 * (the JSON-LD algorithms say so). A writer would then lose data without being told, so the
 * expanded document is checked first and a bad IRI is refused like in Turtle.
 */
final class JsonLdIris {

	private JsonLdIris() {
	}

	static void check(byte[] body, String base, DocumentLoader loader) {
		JsonArray expanded;
		try {
			expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(body))).base(base).loader(loader).get();
		}
		catch (JsonLdError ex) {
			// The innermost error says what went wrong (e.g. the registry's refusal to fetch a context).
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			throw new BadRdfException(cause.getMessage() != null ? cause.getMessage() : ex.getMessage(), -1, -1);
		}
		walk(expanded);
	}

	private static void walk(JsonValue value) {
		switch (value) {
			case JsonArray array -> array.forEach(JsonLdIris::walk);
			case JsonObject object -> object.forEach((key, v) -> {
				if (key.equals("@id") || key.equals("@type")) {
					iris(v);
				}
				else if (!key.equals("@value")) {
					// A property: its key is an IRI too (a @value may be arbitrary @json).
					if (!key.startsWith("@")) {
						check(key);
					}
					walk(v);
				}
			});
			default -> {
			}
		}
	}

	private static void iris(JsonValue value) {
		if (value instanceof JsonArray array) {
			array.forEach(JsonLdIris::iris);
		}
		else if (value instanceof JsonString s && !s.getString().startsWith("@")) {
			check(s.getString());
		}
	}

	private static void check(String iri) {
		if (iri.startsWith("_:")) {
			return;
		}
		try {
			if (IRIx.create(iri).isRelative()) {
				throw new BadRdfException("Relative IRI <" + iri + "> with no base to resolve it against", -1, -1);
			}
		}
		catch (IRIException ex) {
			throw new BadRdfException("Bad IRI <" + iri + ">: " + ex.getMessage(), -1, -1);
		}
	}

}
