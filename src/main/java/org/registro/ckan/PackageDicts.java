package org.registro.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.registro.record.CatalogEntries;
import org.registro.record.RecordKind;
import org.registro.record.RecordState;
import org.registro.search.DatasetDocuments;
import org.registro.system.RegistryProperties;
import org.registro.vocabulary.Registro;
import org.registro.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * A dataset as CKAN's package dict: CKAN's core fields, then {@code extras} and {@code resources}
 * as ckanext-dcat's DCAT-AP parser fills them. Texts are the Spanish ones (else untagged, else any).
 */
@Component
class PackageDicts {

	private final String publisherPrefix;

	private final Vocabularies vocabularies;

	PackageDicts(RegistryProperties properties, Vocabularies vocabularies) {
		this.publisherPrefix = properties.baseUri() + "/" + RecordKind.PUBLISHER.segment() + "/";
		this.vocabularies = vocabularies;
	}

	/**
	 * A published dataset.
	 * @param iri the record's location (its graph)
	 * @param publicGraphs the public graph of an IRI (empty when there is none), read in the same view
	 */
	Map<String, Object> live(String name, String iri, Graph graph, Function<String, Graph> publicGraphs) {
		GraphValues g = new GraphValues(graph);
		// A harvested dataset keeps its source's IRI; the graph and catalog record are at the location.
		Node dataset = CatalogEntries.subjectOf(graph, iri);
		Node record = NodeFactory.createURI(CatalogEntries.recordIri(iri));
		String id = DatasetDocuments.uuid(iri);
		String publisherIri = g.node(dataset, DCTerms.publisher).map(Node::getURI).orElse(null);
		Map<String, Object> org = organization(publisherIri, publicGraphs);
		String license = license(g, dataset);
		List<Map<String, Object>> tags = tags(g.values(dataset, DCAT.keyword));
		List<Map<String, Object>> resources = ResourceDicts.of(g, dataset, id);
		Map<String, Object> p = core(id, name, g.text(dataset, DCTerms.title), "active");
		p.put("notes", g.text(dataset, DCTerms.description));
		p.put("url", g.value(dataset, DCAT.landingPage));
		p.put("version", g.value(dataset, OWL2.versionInfo));
		p.put("license_id", license);
		p.put("license_title", license == null ? null : vocabularies.label(license, "es").orElse(license));
		p.put("license_url", license);
		p.put("isopen", license != null && vocabularies.isConcept(license));
		p.put("metadata_created", g.time(record, DCTerms.issued));
		p.put("metadata_modified", g.time(record, DCTerms.modified));
		p.put("organization", org);
		p.put("owner_org", org == null ? null : org.get("id"));
		p.put("groups", groups(g.values(dataset, DCAT.theme)));
		p.put("tags", tags);
		p.put("num_tags", tags.size());
		p.put("resources", resources);
		p.put("num_resources", resources.size());
		List<Map<String, String>> extras = ExtrasDicts.of(g, dataset, publisherIri == null ? null : nonEmpty(publicGraphs.apply(publisherIri)));
		String harvestSource = g.value(record, Registro.harvestSource);
		if (harvestSource != null) {
			Map<String, String> extra = new LinkedHashMap<>();
			extra.put("key", "harvest_source");
			extra.put("value", harvestSource);
			extras.add(extra);
		}
		p.put("extras", extras);
		return p;
	}

	/** A dataset withdrawn after publication: what its tombstone and bookkeeping still say, state "deleted". */
	Map<String, Object> deleted(String iri, RecordState state, Function<String, Graph> publicGraphs) {
		String name = state.ref().id();
		Map<String, Object> p = core(DatasetDocuments.uuid(iri), name, state.summary().title(java.util.Locale.of("es"), name), "deleted");
		Map<String, Object> org = organization(state.summary().publisher(), publicGraphs);
		p.put("notes", null);
		p.put("url", null);
		p.put("version", null);
		p.put("license_id", null);
		p.put("license_title", null);
		p.put("license_url", null);
		p.put("isopen", false);
		p.put("metadata_created", GraphValues.time(state.firstPublished()));
		p.put("metadata_modified", GraphValues.time(state.withdrawn()));
		p.put("organization", org);
		p.put("owner_org", org == null ? null : org.get("id"));
		p.put("groups", List.of());
		p.put("tags", List.of());
		p.put("num_tags", 0);
		p.put("resources", List.of());
		p.put("num_resources", 0);
		Map<String, String> uri = new LinkedHashMap<>();
		uri.put("key", "uri");
		uri.put("value", state.summary().subject(iri));
		p.put("extras", List.of(uri));
		return p;
	}

	private static Map<String, Object> core(String id, String name, String title, String state) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", id);
		p.put("name", name);
		p.put("title", title == null ? name : title);
		p.put("type", "dataset");
		p.put("state", state);
		p.put("private", false);
		p.put("author", null);
		p.put("author_email", null);
		p.put("maintainer", null);
		p.put("maintainer_email", null);
		p.put("creator_user_id", null);
		p.put("relationships_as_object", List.of());
		p.put("relationships_as_subject", List.of());
		return p;
	}

	/** The organization of a publisher of this registry that is published; null otherwise. */
	Map<String, Object> organization(String publisherIri, Function<String, Graph> publicGraphs) {
		if (publisherIri == null || !publisherIri.startsWith(publisherPrefix)) {
			return null;
		}
		Graph graph = nonEmpty(publicGraphs.apply(publisherIri));
		return graph == null ? null : OrganizationDicts.of(publisherIri.substring(publisherPrefix.length()), publisherIri, graph);
	}

	/** As ckanext-dcat: the dataset's licence, else the first distribution's. */
	private static String license(GraphValues g, Node dataset) {
		String own = g.value(dataset, DCTerms.license);
		if (own != null) {
			return own;
		}
		Set<String> fromDistributions = new LinkedHashSet<>();
		g.objects(dataset, DCAT.distribution).stream().sorted(java.util.Comparator.comparing(Node::toString))
			.forEach((d) -> fromDistributions.addAll(g.values(d, DCTerms.license)));
		return fromDistributions.stream().findFirst().orElse(null);
	}

	private List<Map<String, Object>> groups(List<String> themes) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (String theme : themes) {
			out.add(GroupDicts.of(theme, vocabularies));
		}
		return out;
	}

	static List<Map<String, Object>> tags(List<String> keywords) {
		List<Map<String, Object>> out = new ArrayList<>();
		new LinkedHashSet<>(keywords).forEach((k) -> {
			Map<String, Object> tag = new LinkedHashMap<>();
			tag.put("id", DatasetDocuments.uuid("tag:" + k));
			tag.put("name", k);
			tag.put("display_name", k);
			tag.put("state", "active");
			tag.put("vocabulary_id", null);
			out.add(tag);
		});
		return out;
	}

	private static Graph nonEmpty(Graph g) {
		return g == null || g.isEmpty() ? null : g;
	}

}
