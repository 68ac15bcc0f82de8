package org.registro.harvest.ckan;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.harvest.mapping.RecordGraph;
import org.registro.harvest.mapping.ValueTables;

/** The extras ckanext-dcat writes for DCAT-AP properties CKAN has no field for, read back under the same names. */
final class ExtraFields {

	private ExtraFields() {
	}

	static void map(RecordGraph g, Node ds, Extras extras) {
		ValueTables tables = g.tables();
		g.add(ds, DCTerms.accrualPeriodicity, extras.get("frequency").flatMap(tables::frequency));
		g.add(ds, DCTerms.accessRights, extras.get("access_rights").flatMap(tables::accessRight));
		extras.list("language").forEach((l) -> g.add(ds, DCTerms.language, tables.language(l)));
		extras.list("theme").forEach((t) -> g.web(ds, DCAT.theme, Optional.of(t)));
		g.web(ds, DCTerms.spatial, extras.get("spatial_uri"));
		g.period(ds, extras.get("temporal_start"), extras.get("temporal_end"));
		g.web(ds, DCTerms.type, extras.get("dcat_type"));
		links(g, ds, extras, "conforms_to", DCTerms.conformsTo);
		links(g, ds, extras, "documentation", FOAF.page);
		links(g, ds, extras, "related_resource", DCTerms.relation);
		links(g, ds, extras, "has_version", DCTerms.hasVersion);
		links(g, ds, extras, "is_version_of", DCTerms.isVersionOf);
		links(g, ds, extras, "source", DCTerms.source);
	}

	private static void links(RecordGraph g, Node ds, Extras extras, String key, Property p) {
		extras.list(key).forEach((v) -> g.web(ds, p, Optional.of(v)));
	}

}
