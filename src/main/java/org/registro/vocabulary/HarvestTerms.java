package org.registro.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the harvest database ({@code {data-dir}/harvest}): sources, jobs and their reports.
 * Jobs are PROV activities, so their times read as PROV; the rest is ours.
 */
public final class HarvestTerms {

	public static final String NS = Registro.NS;

	public static final String PROV = "http://www.w3.org/ns/prov#";

	public static final Resource Source = ResourceFactory.createResource(NS + "HarvestSource");

	public static final Resource Job = ResourceFactory.createResource(NS + "HarvestJob");

	public static final Resource Entry = ResourceFactory.createResource(NS + "HarvestEntry");

	/** What a source's key (a dataset IRI or identifier at the source) became here. */
	public static final Resource Mapping = ResourceFactory.createResource(NS + "HarvestMapping");

	public static final Resource Activity = ResourceFactory.createResource(PROV + "Activity");

	public static final Property startedAtTime = ResourceFactory.createProperty(PROV, "startedAtTime");

	public static final Property endedAtTime = ResourceFactory.createProperty(PROV, "endedAtTime");

	public static final Property used = ResourceFactory.createProperty(PROV, "used");

	public static final Property url = ResourceFactory.createProperty(NS, "url");

	public static final Property type = ResourceFactory.createProperty(NS, "sourceType");

	public static final Property publisher = ResourceFactory.createProperty(NS, "targetPublisher");

	public static final Property schedule = ResourceFactory.createProperty(NS, "schedule");

	public static final Property enabled = ResourceFactory.createProperty(NS, "enabled");

	public static final Property pageSize = ResourceFactory.createProperty(NS, "pageSize");

	public static final Property header = ResourceFactory.createProperty(NS, "header");

	public static final Property headerName = ResourceFactory.createProperty(NS, "headerName");

	public static final Property headerValue = ResourceFactory.createProperty(NS, "headerValue");

	public static final Property format = ResourceFactory.createProperty(NS, "format");

	public static final Property validationMode = ResourceFactory.createProperty(NS, "validationMode");

	public static final Property title = ResourceFactory.createProperty(NS, "title");

	public static final Property created = ResourceFactory.createProperty(NS, "created");

	public static final Property createdBy = ResourceFactory.createProperty(NS, "createdBy");

	public static final Property jobStatus = ResourceFactory.createProperty(NS, "jobStatus");

	public static final Property startedBy = ResourceFactory.createProperty(NS, "startedBy");

	public static final Property incremental = ResourceFactory.createProperty(NS, "incremental");

	public static final Property complete = ResourceFactory.createProperty(NS, "complete");

	public static final Property pages = ResourceFactory.createProperty(NS, "pages");

	public static final Property count = ResourceFactory.createProperty(NS, "count");

	public static final Property outcome = ResourceFactory.createProperty(NS, "outcome");

	public static final Property job = ResourceFactory.createProperty(NS, "job");

	public static final Property position = ResourceFactory.createProperty(NS, "position");

	public static final Property key = ResourceFactory.createProperty(NS, "sourceKey");

	public static final Property location = ResourceFactory.createProperty(NS, "location");

	public static final Property dataset = ResourceFactory.createProperty(NS, "dataset");

	public static final Property recordId = ResourceFactory.createProperty(NS, "recordId");

	public static final Property code = ResourceFactory.createProperty(NS, "code");

	public static final Property detail = ResourceFactory.createProperty(NS, "detail");

	/** An entry's SHACL report: the {@code sh:ValidationReport} node, its results in the same graph. */
	public static final Property report = ResourceFactory.createProperty(NS, "report");

	public static final Property source = ResourceFactory.createProperty(NS, "source");

	/** A run error of a job. */
	public static final Property runError = ResourceFactory.createProperty(NS, "runError");

	/** The last job whose listing of the source named the key (CKAN incremental runs). */
	public static final Property lastListed = ResourceFactory.createProperty(NS, "lastListedJob");

	public static final Property lastSeen = ResourceFactory.createProperty(NS, "lastSeenJob");

	private HarvestTerms() {
	}

}
