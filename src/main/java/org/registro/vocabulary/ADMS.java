package org.registro.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Asset Description Metadata Schema terms used by DCAT-AP, and the ADMS change types. */
public final class ADMS {

	public static final String NS = "http://www.w3.org/ns/adms#";

	public static final Property status = ResourceFactory.createProperty(NS, "status");

	public static final Property identifier = ResourceFactory.createProperty(NS, "identifier");

	private static final String CHANGE_TYPE = "http://purl.org/adms/changetype/";

	public static final Resource Created = ResourceFactory.createResource(CHANGE_TYPE + "Created");

	public static final Resource Updated = ResourceFactory.createResource(CHANGE_TYPE + "Updated");

	public static final Resource Deleted = ResourceFactory.createResource(CHANGE_TYPE + "Deleted");

	private ADMS() {
	}

}
