package org.registro.ckan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.record.CatalogEntries;
import org.registro.search.DatasetDocuments;

/** A publisher record as CKAN's organization dict. */
final class OrganizationDicts {

	private OrganizationDicts() {
	}

	/**
	 * The organization of a publisher's public graph, as package dicts embed it.
	 * @param name the publisher's record id
	 */
	static Map<String, Object> of(String name, String iri, Graph graph) {
		GraphValues g = new GraphValues(graph);
		Node publisher = NodeFactory.createURI(iri);
		String title = g.text(publisher, FOAF.name);
		String description = g.text(publisher, DCTerms.description);
		String logo = g.value(publisher, FOAF.logo);
		Map<String, Object> org = new LinkedHashMap<>();
		org.put("id", DatasetDocuments.uuid(iri));
		org.put("name", name);
		org.put("title", title == null ? name : title);
		org.put("type", "organization");
		org.put("description", description == null ? "" : description);
		org.put("image_url", logo == null ? "" : logo);
		org.put("created", g.time(NodeFactory.createURI(CatalogEntries.recordIri(iri)), DCTerms.issued));
		org.put("is_organization", true);
		org.put("approval_status", "approved");
		org.put("state", "active");
		return org;
	}

	/** The dict organization_list (all_fields) and organization_show answer: the embedded one and more. */
	static Map<String, Object> full(String name, String iri, Graph graph, long packageCount) {
		Map<String, Object> org = of(name, iri, graph);
		org.put("display_name", org.get("title"));
		org.put("image_display_url", org.get("image_url"));
		org.put("package_count", packageCount);
		org.put("num_followers", 0);
		org.put("uri", iri);
		return org;
	}

}
