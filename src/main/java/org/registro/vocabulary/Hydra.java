package org.registro.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the Hydra Core vocabulary the catalog feed's paging and the DCAT harvest reader use. */
public final class Hydra {

	public static final String NS = "http://www.w3.org/ns/hydra/core#";

	public static final Resource PartialCollectionView = ResourceFactory.createResource(NS + "PartialCollectionView");

	public static final Resource Collection = ResourceFactory.createResource(NS + "Collection");

	public static final Property member = property("member");

	public static final Property view = property("view");

	public static final Property first = property("first");

	public static final Property next = property("next");

	/** The pre-2014 name of {@link #next} (on a {@code hydra:PagedCollection}), still sent by some catalogs. */
	public static final Property nextPage = property("nextPage");

	public static final Property previous = property("previous");

	public static final Property last = property("last");

	public static final Property totalItems = property("totalItems");

	public static final Property itemsPerPage = property("itemsPerPage");

	private Hydra() {
	}

	private static Property property(String local) {
		return ResourceFactory.createProperty(NS + local);
	}

}
