package org.registro.ckan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.search.DatasetHit;
import org.registro.search.DatasetIndex;
import org.registro.search.DatasetSearch;
import org.registro.search.Filters;
import org.registro.search.SearchResult;
import org.registro.search.Snapshot;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.springframework.stereotype.Component;

/**
 * {@code package_search}: CKAN's parameters turned into an index query, the hits turned into package
 * dicts read from one view of the public data.
 */
@Component
class PackageSearch {

	private final DatasetIndex index;

	private final RecordStore store;

	private final PackageDicts dicts;

	private final FacetNames facetNames;

	private final int maxRows;

	private final Clock clock;

	PackageSearch(DatasetIndex index, RecordStore store, PackageDicts dicts, FacetNames facetNames, RegistryProperties properties,
			Clock clock) {
		this.index = index;
		this.store = store;
		this.dicts = dicts;
		this.facetNames = facetNames;
		this.maxRows = properties.feed().maxPageSize();
		this.clock = clock;
	}

	Map<String, Object> search(CkanParams params) {
		String q = params.text("q");
		List<String> fqs = new ArrayList<>(params.stringList("fq_list"));
		String fq = params.text("fq");
		if (fq != null) {
			fqs.add(fq);
		}
		int rows = Math.min(params.natural("rows", 10), maxRows);
		int start = params.natural("start", 0);
		List<String> facetFields = params.stringList("facet.field");
		int facetLimit = params.integer("facet.limit", 50);
		boolean includeDeleted = params.bool("include_deleted", false);
		String sortSpec = params.text("sort") == null ? CkanSort.DEFAULT : params.text("sort");
		params.check();
		Sort sort = CkanSort.parse(sortSpec);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		try {
			query.add(q == null ? new MatchAllDocsQuery() : freeText(q), Occur.MUST);
			for (String f : fqs) {
				query.add(parse(f), Occur.FILTER);
			}
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw tooManyClauses();
		}
		if (!includeDeleted) {
			query.add(Filters.active(), Occur.FILTER);
		}
		Map<String, Object> out = run(query.build(), sort, start, rows, facetFields, facetLimit);
		out.put("sort", sortSpec);
		return out;
	}

	/** The search itself: count, results, and facets as CKAN gives them (a map per field, and search_facets). */
	Map<String, Object> run(Query query, Sort sort, int start, int rows, List<String> facetFields, int facetLimit) {
		requireReady();
		SearchResult result;
		try (Snapshot snapshot = index.snapshot()) {
			result = DatasetSearch.search(snapshot, query, sort, start, rows, facetFields, facetLimit);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			// Each part of a query counts; only their sum, known when it is rewritten, can be too many.
			throw tooManyClauses();
		}
		Map<String, Object> facets = new LinkedHashMap<>();
		Map<String, Object> searchFacets = new LinkedHashMap<>();
		result.facets().forEach((field, counts) -> {
			Map<String, Integer> byValue = new LinkedHashMap<>();
			List<Map<String, Object>> items = new ArrayList<>();
			for (SearchResult.FacetCount c : counts) {
				byValue.put(c.value(), c.count());
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("name", c.value());
				item.put("display_name", facetNames.displayName(field, c.value()));
				item.put("count", c.count());
				items.add(item);
			}
			facets.put(field, byValue);
			searchFacets.put(field, Map.of("title", field, "items", items));
		});
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("count", result.count());
		out.put("facets", facets);
		out.put("results", packages(result.hits()));
		out.put("search_facets", searchFacets);
		return out;
	}

	void requireReady() {
		if (!index.ready()) {
			throw CkanException.unavailable();
		}
	}

	/** The hits' dicts, all read in one read transaction of the public data. */
	List<Map<String, Object>> packages(List<DatasetHit> hits) {
		return store.readPublic((dsg) -> {
			Function<String, Graph> graphs = (iri) -> dsg.getGraph(NodeFactory.createURI(iri));
			List<Map<String, Object>> out = new ArrayList<>();
			for (DatasetHit hit : hits) {
				Graph graph = hit.withdrawn() ? null : graphs.apply(hit.iri());
				if (graph != null && !graph.isEmpty()) {
					out.add(dicts.live(hit.name(), hit.iri(), graph, graphs));
				}
				else {
					// Withdrawn (or withdrawn since the index view was taken): its tombstone.
					store.state(new RecordRef(RecordKind.DATASET, hit.name()))
						.filter((s) -> s.isGone())
						.ifPresent((s) -> out.add(dicts.deleted(hit.iri(), s, graphs)));
				}
			}
			return out;
		});
	}

	/**
	 * A {@code q}: Solr syntax, as CKAN passes it on. Without a field name CKAN has Solr read it with
	 * dismax, which never fails; here such text is read again as plain words when it does not parse.
	 */
	private Query freeText(String q) {
		try {
			return parser().parse(q);
		}
		catch (ParseException ex) {
			if (q.contains(":")) {
				throw CkanException.searchError(ex.getMessage());
			}
			return parse(CkanQueryParser.escape(q));
		}
		catch (IllegalArgumentException | TooComplexToDeterminizeException ex) {
			throw CkanException.searchError(ex.getMessage());
		}
	}

	private Query parse(String text) {
		try {
			return parser().parse(text);
		}
		catch (ParseException | IllegalArgumentException | TooComplexToDeterminizeException ex) {
			// Lucene reports a bad regular expression or one too large to run outside ParseException.
			throw CkanException.searchError(ex.getMessage());
		}
	}

	private CkanQueryParser parser() {
		return new CkanQueryParser(index.analyzer(), clock.instant());
	}

	private static CkanException tooManyClauses() {
		return CkanException.searchError("the query has more terms than " + IndexSearcher.getMaxClauseCount());
	}

}
