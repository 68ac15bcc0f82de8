package org.registro.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.registro.search.IndexFields;

/**
 * CKAN's {@code sort} parameter ({@code "score desc, metadata_modified desc"}, {@code "id asc"}, ...)
 * as a Lucene sort. The name is always added last, so that equal keys keep one order from page to
 * page.
 */
final class CkanSort {

	/** CKAN's default ({@code ckan.search.default_package_sort}). */
	static final String DEFAULT = "score desc, " + IndexFields.MODIFIED + " desc";

	private CkanSort() {
	}

	static Sort parse(String spec) {
		List<SortField> fields = new ArrayList<>();
		for (String clause : spec.split(",")) {
			String[] parts = clause.trim().split("\\s+");
			if (parts.length != 2 || !(parts[1].equalsIgnoreCase("asc") || parts[1].equalsIgnoreCase("desc"))) {
				throw CkanException.searchQueryError("Invalid \"sort\" parameter");
			}
			fields.add(field(parts[0], parts[1].toLowerCase(Locale.ROOT).equals("desc")));
		}
		fields.add(new SortField(IndexFields.NAME, SortField.Type.STRING));
		return new Sort(fields.toArray(SortField[]::new));
	}

	private static SortField field(String name, boolean desc) {
		return switch (name) {
			case "score" -> new SortField(null, SortField.Type.SCORE, !desc);
			case IndexFields.MODIFIED, IndexFields.CREATED -> new SortedNumericSortField(name, SortField.Type.LONG, desc);
			case IndexFields.NAME, IndexFields.ID, IndexFields.TITLE_STRING -> new SortField(name, SortField.Type.STRING, desc);
			default -> throw CkanException.searchError("sort param field can't be found: " + name);
		};
	}

}
