package org.registro.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.registro.record.RecordKind;
import org.registro.search.DatasetIndex;
import org.registro.search.DatasetSearch;
import org.registro.search.Filters;
import org.registro.search.IndexFields;
import org.registro.search.SearchResult;
import org.registro.search.Snapshot;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.springframework.stereotype.Component;

/** {@code organization_list} and {@code organization_show}: the published publisher records. */
@Component
class OrganizationActions {

	private final RecordStore store;

	private final DatasetIndex index;

	private final PackageSearch search;

	private final String prefix;

	private final int maxRows;

	OrganizationActions(RecordStore store, DatasetIndex index, PackageSearch search, RegistryProperties properties) {
		this.store = store;
		this.index = index;
		this.search = search;
		this.prefix = properties.baseUri() + "/" + RecordKind.PUBLISHER.segment() + "/";
		this.maxRows = properties.feed().maxPageSize();
	}

	Object list(CkanParams params) {
		return Listings.page(organizations(), params);
	}

	/** By name or id; {@code include_datasets} adds up to registry.feed.max-page-size of its datasets. */
	Object show(CkanParams params) {
		String id = params.text("id");
		if (id == null) {
			params.error("id", "Missing value");
		}
		boolean withDatasets = params.bool("include_datasets", false);
		params.check();
		Map<String, Object> org = organizations().stream()
			.filter((o) -> id.equals(o.get("name")) || id.equals(o.get("id")))
			.findFirst()
			.orElseThrow(() -> CkanException.notFound(null));
		if (withDatasets) {
			BooleanQuery query = new BooleanQuery.Builder()
				.add(new TermQuery(new Term(IndexFields.ORGANIZATION, (String) org.get("name"))), Occur.FILTER)
				.add(Filters.active(), Occur.FILTER)
				.build();
			org.put("packages", search.run(query, CkanSort.parse(CkanSort.DEFAULT), 0, maxRows, List.of(), 0).get("results"));
		}
		return org;
	}

	/** Every published publisher as a full organization dict with its count of published datasets. */
	private List<Map<String, Object>> organizations() {
		search.requireReady();
		Map<String, Integer> counts = new java.util.HashMap<>();
		try (Snapshot snapshot = index.snapshot()) {
			SearchResult r = DatasetSearch.search(snapshot, Filters.active(), Sort.RELEVANCE, 0, 0, List.of(IndexFields.ORGANIZATION), -1);
			r.facets().get(IndexFields.ORGANIZATION).forEach((c) -> counts.put(c.value(), c.count()));
		}
		return store.readPublic((dsg) -> {
			List<Map<String, Object>> out = new ArrayList<>();
			dsg.listGraphNodes().forEachRemaining((Node g) -> {
				String iri = g.isURI() ? g.getURI() : "";
				String name = iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
				if (name != null && !name.contains("/")) {
					Graph graph = dsg.getGraph(g);
					out.add(OrganizationDicts.full(name, iri, graph, counts.getOrDefault(name, 0)));
				}
			});
			return out;
		});
	}


}
