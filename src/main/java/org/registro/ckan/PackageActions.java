package org.registro.ckan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.registro.record.PublicView;
import org.registro.record.RecordKind;
import org.registro.record.RecordNotFoundException;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.search.DatasetHit;
import org.registro.search.DatasetIndex;
import org.registro.search.DatasetSearch;
import org.registro.search.Filters;
import org.registro.search.IndexFields;
import org.registro.search.Snapshot;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.springframework.stereotype.Component;

/** {@code package_show}, {@code package_list} and {@code package_search}. */
@Component
class PackageActions {

	private static final Sort BY_NAME = new Sort(new SortField(IndexFields.NAME, SortField.Type.STRING));

	private final RecordService records;

	private final RecordStore store;

	private final DatasetIndex index;

	private final PackageDicts dicts;

	private final PackageSearch search;

	private final String baseUri;

	PackageActions(RecordService records, RecordStore store, DatasetIndex index, PackageDicts dicts, PackageSearch search,
			RegistryProperties properties) {
		this.records = records;
		this.store = store;
		this.index = index;
		this.dicts = dicts;
		this.search = search;
		this.baseUri = properties.baseUri();
	}

	/** By name (the record id) or id (the UUID); a withdrawn dataset answers with state "deleted". */
	Object show(CkanParams params) {
		String id = params.text("id");
		if (id == null) {
			params.error("id", "Missing value");
		}
		params.check();
		Optional<Map<String, Object>> byName = RecordRef.isValidId(id) ? show(id) : Optional.empty();
		return byName.or(() -> nameOfUuid(id).flatMap(this::show)).orElseThrow(() -> CkanException.notFound(null));
	}

	private Optional<Map<String, Object>> show(String name) {
		RecordRef ref = new RecordRef(RecordKind.DATASET, name);
		try {
			return Optional.of(dict(ref, records.publicView(ref)));
		}
		catch (RecordNotFoundException ex) {
			return Optional.empty();
		}
	}

	private Map<String, Object> dict(RecordRef ref, PublicView view) {
		String iri = ref.iri(baseUri);
		if (view instanceof PublicView.Live live) {
			return dicts.live(ref.id(), iri, live.graph(), this::publicGraph);
		}
		return dicts.deleted(iri, view.state(), this::publicGraph);
	}

	private Graph publicGraph(String iri) {
		return store.publicGraph(iri).orElse(null);
	}

	private Optional<String> nameOfUuid(String id) {
		search.requireReady();
		try (Snapshot snapshot = index.snapshot()) {
			List<DatasetHit> hits = DatasetSearch.search(snapshot, new TermQuery(new Term(IndexFields.ID, id)), BY_NAME, 0, 1, List.of(), 0)
				.hits();
			return hits.stream().findFirst().map(DatasetHit::name);
		}
	}

	/** The names of the published datasets, in name order; {@code limit} and {@code offset} page them. */
	Object list(CkanParams params) {
		int offset = params.natural("offset", 0);
		int limit = params.natural("limit", Integer.MAX_VALUE);
		params.check();
		search.requireReady();
		try (Snapshot snapshot = index.snapshot()) {
			return DatasetSearch.search(snapshot, Filters.active(), BY_NAME, offset, limit, List.of(), 0).hits().stream().map(DatasetHit::name).toList();
		}
	}

	Object search(CkanParams params) {
		return search.search(params);
	}

}
