package org.registro.harvest.ckan;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.registro.harvest.mapping.BadFieldException;
import org.registro.harvest.mapping.Dates;
import org.registro.harvest.mapping.Iris;
import org.registro.harvest.mapping.JsonFields;
import org.registro.harvest.mapping.RecordGraph;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.SourceRecord;
import tools.jackson.databind.JsonNode;

/**
 * A CKAN package dict as a DCAT-AP dataset, the way ckanext-dcat reads CKAN: core fields, with the
 * DCAT extras ckanext-dcat writes taking precedence where present (the table is in
 * {@code docs/harvest-mapping.md}).
 */
final class PackageMapper {

	private final CkanSite site;

	private final ValueTables tables;

	private final ResourceMapper resources;

	PackageMapper(CkanSite site, ValueTables tables) {
		this.site = site;
		this.tables = tables;
		this.resources = new ResourceMapper(site);
	}

	/** The dataset's IRI: the {@code uri} extra when it is an absolute IRI, else {@code {site}/dataset/{id}}. */
	Node subject(JsonNode pkg, String id) {
		// a listing asked for with fl has the extra as Solr indexes it: extras_uri, a value or a list
		return Extras.of(pkg).get("uri").or(() -> Extras.listField(pkg, "extras_uri").stream().findFirst()).flatMap(Iris::web)
			.orElseGet(() -> NodeFactory.createURI(site.datasetIri(id)));
	}

	/** @return a {@link SourceRecord}, or the {@link RecordProblem} saying why the item cannot be one */
	Object map(JsonNode item, String location) {
		if (!item.isObject()) {
			return new RecordProblem(location, "not-an-object", "a package must be a JSON object, this one is " + BadFieldException.kind(item));
		}
		try {
			Optional<String> id = JsonFields.text(item, "id");
			if (id.isEmpty()) {
				return new RecordProblem(location, "missing-id", "the package has no id");
			}
			Node ds = subject(item, id.get());
			RecordGraph g = new RecordGraph(tables);
			dataset(g, ds, item, id.get());
			return new SourceRecord(ds, g.graph(), id.get(), location);
		}
		catch (BadFieldException ex) {
			return new RecordProblem(location, "bad-field", ex.getMessage());
		}
		catch (RuntimeException ex) {
			// a value no rule foresaw must cost this record, not the run
			return new RecordProblem(location, "unmappable", ex.toString());
		}
	}

	private void dataset(RecordGraph g, Node ds, JsonNode pkg, String id) {
		Extras extras = Extras.of(pkg);
		g.type(ds, DCAT.Dataset);
		g.text(ds, DCTerms.title, JsonFields.text(pkg, "title"));
		g.text(ds, DCTerms.description, JsonFields.text(pkg, "notes"));
		g.text(ds, DCTerms.identifier, extras.get("identifier").or(() -> Optional.of(id)));
		g.web(ds, DCAT.landingPage, JsonFields.scalar(pkg, "url"));
		g.text(ds, OWL2.versionInfo, JsonFields.scalar(pkg, "version"));
		g.add(ds, DCTerms.issued, extras.get("issued").flatMap(Dates::literal).or(() -> utc(pkg, "metadata_created")));
		g.add(ds, DCTerms.modified, extras.get("modified").flatMap(Dates::literal).or(() -> utc(pkg, "metadata_modified")));
		for (JsonNode tag : JsonFields.objects(pkg, "tags")) {
			g.text(ds, DCAT.keyword, JsonFields.scalar(tag, "name").or(() -> JsonFields.scalar(tag, "display_name")));
		}
		JsonFields.texts(pkg, "tags").forEach((t) -> g.text(ds, DCAT.keyword, Optional.of(t)));
		for (JsonNode group : JsonFields.objects(pkg, "groups")) {
			Optional<Node> theme = JsonFields.scalar(group, "uri").flatMap(tables::dataTheme)
				.or(() -> JsonFields.scalar(group, "name").flatMap(tables::dataTheme));
			if (theme.isPresent()) {
				g.add(ds, DCAT.theme, theme);
			}
			else {
				g.text(ds, DCAT.keyword, JsonFields.scalar(group, "title").or(() -> JsonFields.scalar(group, "name")));
			}
		}
		publisher(g, ds, pkg, extras);
		contact(g, ds, pkg, extras);
		ExtraFields.map(g, ds, extras);
		Optional<Node> licence = licence(g, pkg);
		List<JsonNode> items = JsonFields.objects(pkg, "resources");
		items.forEach((r) -> resources.map(g, ds, id, r, licence));
		if (items.isEmpty()) {
			// no distribution to carry it (DCAT-AP's place for a licence): keep it on the dataset
			g.add(ds, DCTerms.license, licence);
		}
	}

	/** The publisher_* extras (ckanext-dcat), else the organization as {@code {site}/organization/{name}}. */
	private void publisher(RecordGraph g, Node ds, JsonNode pkg, Extras extras) {
		Optional<JsonNode> org = JsonFields.object(pkg, "organization");
		Optional<String> orgName = org.flatMap((o) -> JsonFields.scalar(o, "name"));
		Optional<Node> node = extras.get("publisher_uri").flatMap(Iris::web)
			.or(() -> orgName.map((n) -> NodeFactory.createURI(site.organizationIri(n))));
		Optional<String> name = extras.get("publisher_name").or(() -> org.flatMap((o) -> JsonFields.scalar(o, "title"))).or(() -> orgName);
		if (node.isEmpty() && name.isEmpty()) {
			return;
		}
		Node p = g.organization(node.orElseGet(g::blank), name, extras.get("publisher_email"));
		g.web(p, FOAF.homepage, extras.get("publisher_url"));
		g.web(p, DCTerms.type, extras.get("publisher_type"));
		g.add(ds, DCTerms.publisher, Optional.of(p));
	}

	/** The contact_* extras (ckanext-dcat), else the maintainer, else the author. */
	private static void contact(RecordGraph g, Node ds, JsonNode pkg, Extras extras) {
		if (extras.get("contact_name").or(() -> extras.get("contact_email")).isPresent()) {
			g.contact(ds, extras.get("contact_uri"), extras.get("contact_name"), extras.get("contact_email"));
		}
		else if (JsonFields.scalar(pkg, "maintainer").or(() -> JsonFields.scalar(pkg, "maintainer_email")).isPresent()) {
			g.contact(ds, Optional.empty(), JsonFields.scalar(pkg, "maintainer"), JsonFields.scalar(pkg, "maintainer_email"));
		}
		else {
			g.contact(ds, Optional.empty(), JsonFields.scalar(pkg, "author"), JsonFields.scalar(pkg, "author_email"));
		}
	}

	/** license_id (a known id or an IRI), else license_url, else a known title; else the title as a label. */
	private static Optional<Node> licence(RecordGraph g, JsonNode pkg) {
		Optional<String> id = JsonFields.scalar(pkg, "license_id").filter((l) -> !l.equalsIgnoreCase("notspecified"));
		Optional<String> url = JsonFields.scalar(pkg, "license_url");
		Optional<String> title = JsonFields.scalar(pkg, "license_title");
		if (id.isEmpty() && url.isEmpty()) {
			return Optional.empty();
		}
		return g.licence(java.util.stream.Stream.of(id, url, title).flatMap(Optional::stream).toList(), title.or(() -> id));
	}

	/** CKAN's own timestamps are UTC written without a zone: the zone is added. */
	private static Optional<Node> utc(JsonNode pkg, String field) {
		return JsonFields.scalar(pkg, field).map(CkanTimes::utc).flatMap(Dates::literal);
	}

}
