package org.registro.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VCARD4;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset's {@code extras}, named and filled as ckanext-dcat's DCAT-AP parser does: plain values,
 * lists as JSON text, the first contact point and the publisher flattened into {@code contact_*} and
 * {@code publisher_*}, the temporal coverage, the dataset URI.
 */
final class ExtrasDicts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ExtrasDicts() {
	}

	/** @param publisher the publisher's public graph, or null when it is not a publisher of this registry */
	static List<Map<String, String>> of(GraphValues g, Node dataset, Graph publisher) {
		List<Map<String, String>> extras = new ArrayList<>();
		put(extras, "issued", g.value(dataset, DCTerms.issued));
		put(extras, "modified", g.value(dataset, DCTerms.modified));
		put(extras, "identifier", g.value(dataset, DCTerms.identifier));
		put(extras, "frequency", g.value(dataset, DCTerms.accrualPeriodicity));
		put(extras, "dcat_type", g.value(dataset, DCTerms.type));
		list(extras, g, dataset, "language", DCTerms.language);
		list(extras, g, dataset, "theme", DCAT.theme);
		list(extras, g, dataset, "conforms_to", DCTerms.conformsTo);
		list(extras, g, dataset, "documentation", FOAF.page);
		list(extras, g, dataset, "related_resource", DCTerms.relation);
		list(extras, g, dataset, "has_version", DCTerms.hasVersion);
		list(extras, g, dataset, "is_version_of", DCTerms.isVersionOf);
		list(extras, g, dataset, "source", DCTerms.source);
		g.node(dataset, DCAT.contactPoint).ifPresent((c) -> {
			put(extras, "contact_uri", c.getURI());
			put(extras, "contact_name", g.text(c, VCARD4.fn));
			put(extras, "contact_email", mailbox(g.value(c, VCARD4.hasEmail)));
			put(extras, "contact_url", g.value(c, VCARD4.hasURL));
		});
		g.node(dataset, DCTerms.publisher).ifPresent((p) -> {
			GraphValues pg = new GraphValues(publisher != null ? publisher : g.graph());
			put(extras, "publisher_uri", p.getURI());
			put(extras, "publisher_name", pg.text(p, FOAF.name));
			put(extras, "publisher_email", mailbox(pg.value(p, FOAF.mbox)));
			put(extras, "publisher_url", pg.value(p, FOAF.homepage));
			put(extras, "publisher_type", pg.value(p, DCTerms.type));
		});
		g.node(dataset, DCTerms.temporal).ifPresent((t) -> {
			put(extras, "temporal_start", g.value(t, DCAT.startDate));
			put(extras, "temporal_end", g.value(t, DCAT.endDate));
		});
		put(extras, "spatial_uri", g.node(dataset, DCTerms.spatial).map(Node::getURI).orElse(null));
		put(extras, "uri", dataset.getURI());
		put(extras, "access_rights", g.value(dataset, DCTerms.accessRights));
		return extras;
	}

	/** A list as ckanext-dcat stores it in an extra or resource field: JSON text; null when empty. */
	static String jsonList(List<String> values) {
		return values.isEmpty() ? null : JSON.writeValueAsString(values);
	}

	private static void list(List<Map<String, String>> extras, GraphValues g, Node s, String key, Property p) {
		put(extras, key, jsonList(g.values(s, p)));
	}

	private static void put(List<Map<String, String>> extras, String key, String value) {
		if (value != null) {
			Map<String, String> extra = new LinkedHashMap<>();
			extra.put("key", key);
			extra.put("value", value);
			extras.add(extra);
		}
	}

	private static String mailbox(String iri) {
		return iri != null && iri.startsWith("mailto:") ? iri.substring("mailto:".length()) : iri;
	}

}
