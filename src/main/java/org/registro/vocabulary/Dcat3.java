package org.registro.vocabulary;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** DCAT 3 terms that Jena's {@link org.apache.jena.vocabulary.DCAT} (DCAT 2) does not have. */
public final class Dcat3 {

	public static final String NS = "http://www.w3.org/ns/dcat#";

	public static final Resource DatasetSeries = ResourceFactory.createResource(NS + "DatasetSeries");

	private Dcat3() {
	}

}
