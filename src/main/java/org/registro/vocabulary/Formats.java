package org.registro.vocabulary;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C's unique URIs for file formats (https://www.w3.org/ns/formats/), for service descriptions. */
public final class Formats {

	public static final String NS = "http://www.w3.org/ns/formats/";

	public static final Resource SPARQL_Results_JSON = format("SPARQL_Results_JSON");

	public static final Resource SPARQL_Results_XML = format("SPARQL_Results_XML");

	public static final Resource SPARQL_Results_CSV = format("SPARQL_Results_CSV");

	public static final Resource SPARQL_Results_TSV = format("SPARQL_Results_TSV");

	public static final Resource Turtle = format("Turtle");

	public static final Resource JSON_LD = format("JSON-LD");

	public static final Resource RDF_XML = format("RDF_XML");

	public static final Resource N_Triples = format("N-Triples");

	private Formats() {
	}

	private static Resource format(String local) {
		return ResourceFactory.createResource(NS + local);
	}

}
