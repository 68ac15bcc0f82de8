package org.registro.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of our shapes namespace ({@code regsh:}) that code reads: the form sections, the shared
 * value shapes a field kind is recognised by, and the form annotations defined in
 * {@code ontologies/registro-form.ttl} (ignored by validation).
 */
public final class RegistroShapes {

	public static final String NS = "https://w3id.org/registro/shapes#";

	public static final Resource MandatoryGroup = resource("MandatoryGroup");

	public static final Resource RecommendedGroup = resource("RecommendedGroup");

	public static final Resource OptionalGroup = resource("OptionalGroup");

	public static final Resource DateValue = resource("DateValue");

	public static final Resource AgentValue = resource("AgentValue");

	public static final Resource NonNegativeNumberValue = resource("NonNegativeNumberValue");

	/** Form annotation: one input per UI language, values stored as language-tagged literals. */
	public static final Property multilingual = ResourceFactory.createProperty(NS, "multilingual");

	/** Form annotation: a long text, rendered as a text area. */
	public static final Property multiline = ResourceFactory.createProperty(NS, "multiline");

	/** Form annotation: a link field whose IRIs use this scheme (e.g. "mailto") instead of http(s). */
	public static final Property linkScheme = ResourceFactory.createProperty(NS, "linkScheme");

	private static Resource resource(String local) {
		return ResourceFactory.createResource(NS + local);
	}

	private RegistroShapes() {
	}

}
