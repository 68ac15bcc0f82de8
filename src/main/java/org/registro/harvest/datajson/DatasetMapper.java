package org.registro.harvest.datajson;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.registro.harvest.mapping.BadFieldException;
import org.registro.harvest.mapping.Iris;
import org.registro.harvest.mapping.JsonFields;
import org.registro.harvest.mapping.RecordGraph;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.SourceRecord;
import tools.jackson.databind.JsonNode;

/** A data.json dataset entry as a DCAT-AP dataset (the table is in {@code docs/harvest-mapping.md}). */
final class DatasetMapper {

	/** Nested subOrganizationOf deeper than this is not followed (a source could nest without end). */
	private static final int MAX_ORGANIZATION_DEPTH = 5;

	private final ValueTables tables;

	DatasetMapper(ValueTables tables) {
		this.tables = tables;
	}

	/**
	 * @param catalogPublisher the catalog's publisher, for a dataset that names none; or null
	 * @return a {@link SourceRecord}, or the {@link RecordProblem} saying why the entry cannot be one
	 */
	Object map(JsonNode entry, String location, JsonNode catalogPublisher) {
		try {
			Optional<String> identifier = JsonFields.text(entry, "identifier");
			RecordGraph g = new RecordGraph(tables);
			// an identifier that is an http(s) IRI names the dataset; any other leaves it a blank node
			Node ds = identifier.flatMap(Iris::web).or(() -> JsonFields.scalar(entry, "@id").flatMap(Iris::web)).orElseGet(g::blank);
			dataset(g, ds, entry, identifier, catalogPublisher);
			return new SourceRecord(ds, g.graph(), identifier.orElse(null), location);
		}
		catch (BadFieldException ex) {
			return new RecordProblem(location, "bad-field", ex.getMessage());
		}
		catch (RuntimeException ex) {
			// a value no rule foresaw must cost this record, not the run
			return new RecordProblem(location, "unmappable", ex.toString());
		}
	}

	private void dataset(RecordGraph g, Node ds, JsonNode e, Optional<String> identifier, JsonNode catalogPublisher) {
		g.type(ds, DCAT.Dataset);
		g.text(ds, DCTerms.identifier, identifier);
		g.text(ds, DCTerms.title, JsonFields.text(e, "title"));
		g.text(ds, DCTerms.description, JsonFields.text(e, "description"));
		JsonFields.texts(e, "keyword").forEach((k) -> g.text(ds, DCAT.keyword, Optional.of(k)));
		g.date(ds, DCTerms.issued, JsonFields.scalar(e, "issued"));
		g.date(ds, DCTerms.modified, JsonFields.scalar(e, "modified"));
		Optional<JsonNode> publisher = JsonFields.object(e, "publisher").or(() -> Optional.ofNullable(catalogPublisher));
		publisher.ifPresent((p) -> g.add(ds, DCTerms.publisher, Optional.of(organization(g, p, 0))));
		JsonFields.object(e, "contactPoint").ifPresent((c) -> g.contact(ds, JsonFields.scalar(c, "@id"),
				JsonFields.scalar(c, "fn"), JsonFields.scalar(c, "hasEmail")));
		g.add(ds, DCTerms.accessRights, JsonFields.scalar(e, "accessLevel").flatMap(tables::accessRight));
		g.web(ds, DCAT.landingPage, JsonFields.scalar(e, "landingPage"));
		g.add(ds, DCTerms.accrualPeriodicity, JsonFields.scalar(e, "accrualPeriodicity").flatMap(tables::frequency));
		for (String theme : JsonFields.texts(e, "theme")) {
			if (Iris.web(theme).isPresent()) {
				g.web(ds, DCAT.theme, Optional.of(theme));
			}
			else {
				g.text(ds, DCAT.keyword, Optional.of(theme));
			}
		}
		// Argentina's profile: superTheme holds EU data-theme codes
		JsonFields.texts(e, "superTheme").forEach((t) -> g.add(ds, DCAT.theme, tables.dataTheme(t)));
		JsonFields.texts(e, "language").forEach((l) -> g.add(ds, DCTerms.language, tables.language(l)));
		JsonFields.texts(e, "spatial").forEach((s) -> g.web(ds, DCTerms.spatial, Optional.of(s)));
		JsonFields.scalar(e, "temporal").map((t) -> t.split("/", 2)).filter((p) -> p.length == 2)
			.ifPresent((p) -> g.period(ds, Optional.of(p[0]), Optional.of(p[1])));
		JsonFields.texts(e, "conformsTo").forEach((c) -> g.web(ds, DCTerms.conformsTo, Optional.of(c)));
		JsonFields.texts(e, "references").forEach((r) -> g.web(ds, DCTerms.references, Optional.of(r)));
		Optional<String> licence = JsonFields.scalar(e, "license");
		Optional<Node> licenceNode = licence.flatMap((l) -> g.licence(List.of(l), Optional.of(l)));
		List<JsonNode> distributions = JsonFields.objects(e, "distribution");
		distributions.forEach((d) -> DistributionMapper.map(g, ds, d, licenceNode));
		if (distributions.isEmpty()) {
			// no distribution to carry it (DCAT-AP's place for a licence): keep it on the dataset
			g.add(ds, DCTerms.license, licenceNode);
		}
	}

	/** {name, mbox, subOrganizationOf} as a blank foaf:Organization, its parent linked by org:subOrganizationOf. */
	private static Node organization(RecordGraph g, JsonNode p, int depth) {
		Node org = g.organization(g.blank(), JsonFields.scalar(p, "name"), JsonFields.scalar(p, "mbox"));
		if (depth < MAX_ORGANIZATION_DEPTH) {
			JsonFields.object(p, "subOrganizationOf").ifPresent((parent) -> g.add(org, ORG.subOrganizationOf,
					Optional.of(organization(g, parent, depth + 1))));
		}
		return org;
	}

}
