package org.registro.vocabulary;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Concept schemes of the EU Publications Office's authority tables that code refers to by name. */
public final class EuAuthority {

	public static final String NS = "http://publications.europa.eu/resource/authority/";

	/** The data themes (DCAT-AP's dcat:theme list; the CKAN API's groups). */
	public static final Resource DataTheme = ResourceFactory.createResource(NS + "data-theme");

	/** File types (dct:format of a distribution). */
	public static final Resource FileType = ResourceFactory.createResource(NS + "file-type");

	/** Languages (dct:language). */
	public static final Resource Language = ResourceFactory.createResource(NS + "language");

	/** Update frequencies (dct:accrualPeriodicity). */
	public static final Resource Frequency = ResourceFactory.createResource(NS + "frequency");

	/** Access rights (dct:accessRights). */
	public static final Resource AccessRight = ResourceFactory.createResource(NS + "access-right");

	private EuAuthority() {
	}

}
