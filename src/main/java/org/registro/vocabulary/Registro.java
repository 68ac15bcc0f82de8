package org.registro.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Our own terms, used in the private workspace (record state and history); only
 * {@link #harvestSource} is ever published.
 */
public final class Registro {

	public static final String NS = "https://w3id.org/registro/ns#";

	/** Graph in the workspace holding the state triples of every record. */
	public static final Resource StateGraph = ResourceFactory.createResource("urn:x-registro:state");

	/** Graph in the workspace holding system facts (demo loaded, pending projections). */
	public static final Resource SystemGraph = ResourceFactory.createResource("urn:x-registro:system");

	public static final Resource Change = ResourceFactory.createResource(NS + "Change");

	public static final Property status = ResourceFactory.createProperty(NS, "status");

	public static final Property kind = ResourceFactory.createProperty(NS, "kind");

	public static final Property version = ResourceFactory.createProperty(NS, "version");

	public static final Property publishedVersion = ResourceFactory.createProperty(NS, "publishedVersion");

	public static final Property created = ResourceFactory.createProperty(NS, "created");

	public static final Property modified = ResourceFactory.createProperty(NS, "modified");

	public static final Property published = ResourceFactory.createProperty(NS, "published");

	public static final Property firstPublished = ResourceFactory.createProperty(NS, "firstPublished");

	public static final Property withdrawn = ResourceFactory.createProperty(NS, "withdrawn");

	public static final Property warnings = ResourceFactory.createProperty(NS, "warnings");

	public static final Property actor = ResourceFactory.createProperty(NS, "actor");

	public static final Property action = ResourceFactory.createProperty(NS, "action");

	public static final Property patch = ResourceFactory.createProperty(NS, "patch");

	/** The content of a record's latest version, as N-Triples text (workspace only). */
	public static final Property content = ResourceFactory.createProperty(NS, "content");

	/** The validation report of a record's latest version, as N-Triples text. */
	public static final Property validationReport = ResourceFactory.createProperty(NS, "validationReport");

	public static final Property added = ResourceFactory.createProperty(NS, "added");

	public static final Property removed = ResourceFactory.createProperty(NS, "removed");

	public static final Property at = ResourceFactory.createProperty(NS, "at");

	public static final Property demoLoaded = ResourceFactory.createProperty(NS, "demoLoaded");

	/** The publisher a record belongs to (its owner), kept in the record's state for listings. */
	public static final Property publisher = ResourceFactory.createProperty(NS, "publisher");

	/** A record's title (a dataset's dct:title, a publisher's foaf:name), kept in its state for listings. */
	public static final Property title = ResourceFactory.createProperty(NS, "title");

	/** What the person making a change said about it (a reviewer's reason for sending it back). */
	public static final Property comment = ResourceFactory.createProperty(NS, "comment");

	/**
	 * The IRI of the dataset a record describes when it is not the record's own location (a
	 * harvested dataset keeps its source's IRI), kept in the record's state.
	 */
	public static final Property subject = ResourceFactory.createProperty(NS, "subject");

	/**
	 * Published on a harvested dataset's catalog record: the registry's harvest source
	 * ({@code {base}/harvest/sources/{id}}) that wrote it. Also kept in the record's state.
	 */
	public static final Property harvestSource = ResourceFactory.createProperty(NS, "harvestSource");

	public static final Property projectionPending = ResourceFactory.createProperty(NS, "projectionPending");

	private Registro() {
	}

}
