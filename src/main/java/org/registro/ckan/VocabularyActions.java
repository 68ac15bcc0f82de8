package org.registro.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.Sort;
import org.registro.search.DatasetDocuments;
import org.registro.search.DatasetIndex;
import org.registro.search.DatasetSearch;
import org.registro.search.Filters;
import org.registro.search.IndexFields;
import org.registro.search.SearchResult;
import org.registro.search.Snapshot;
import org.registro.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** {@code group_list} (the EU data themes as groups) and {@code tag_list} (the keywords of published datasets). */
@Component
class VocabularyActions {

	private final DatasetIndex index;

	private final PackageSearch search;

	private final Vocabularies vocabularies;

	VocabularyActions(DatasetIndex index, PackageSearch search, Vocabularies vocabularies) {
		this.index = index;
		this.search = search;
		this.vocabularies = vocabularies;
	}

	Object groups(CkanParams params) {
		Map<String, Integer> counts = counts(IndexFields.GROUPS);
		List<Map<String, Object>> groups = new ArrayList<>();
		for (String theme : GroupDicts.themes(vocabularies)) {
			groups.add(GroupDicts.full(theme, vocabularies, counts.getOrDefault(IndexFields.group(theme), 0)));
		}
		return Listings.page(groups, params);
	}

	/** Tag names in order; {@code query} keeps those containing it (any case); a vocabulary has none. */
	Object tags(CkanParams params) {
		String query = params.text("query");
		boolean allFields = params.bool("all_fields", false);
		boolean vocabulary = params.text("vocabulary_id") != null;
		params.check();
		List<String> names = vocabulary ? List.of()
				: counts(IndexFields.TAGS).keySet()
					.stream()
					.filter((t) -> query == null || t.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
					.sorted()
					.toList();
		if (!allFields) {
			return names;
		}
		return names.stream().map((n) -> {
			Map<String, Object> tag = new LinkedHashMap<>();
			tag.put("id", DatasetDocuments.uuid("tag:" + n));
			tag.put("name", n);
			tag.put("vocabulary_id", null);
			return tag;
		}).toList();
	}

	private Map<String, Integer> counts(String field) {
		search.requireReady();
		Map<String, Integer> counts = new LinkedHashMap<>();
		try (Snapshot snapshot = index.snapshot()) {
			SearchResult r = DatasetSearch.search(snapshot, Filters.active(), Sort.RELEVANCE, 0, 0, List.of(field), -1);
			r.facets().get(field).forEach((c) -> counts.put(c.value(), c.count()));
		}
		return counts;
	}

}
