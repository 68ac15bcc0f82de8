package org.registro.vocabulary;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Concept schemes of the EU Publications Office's authority tables that code refers to by name. */
public final class EuAuthority {

	public static final String NS = "http://publications.europa.eu/resource/authority/";

	/** The data themes (DCAT-AP's dcat:theme list; the CKAN API's groups). */
	public static final Resource DataTheme = ResourceFactory.createResource(NS + "data-theme");

	private EuAuthority() {
	}

}
