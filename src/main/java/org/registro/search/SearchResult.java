package org.registro.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results and the facet counts over all of them.
 *
 * @param facets per field, values with their counts, most frequent first
 */
public record SearchResult(long count, List<DatasetHit> hits, Map<String, List<FacetCount>> facets) {

	public record FacetCount(String value, int count) {
	}

}
