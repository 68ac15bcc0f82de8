package org.registro.ckan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What organization_list and group_list share: CKAN's {@code sort} (name, title or package_count,
 * asc or desc; default "title asc"), {@code limit}, {@code offset}, and {@code all_fields} (dicts
 * rather than names).
 */
final class Listings {

	private Listings() {
	}

	static Object page(List<Map<String, Object>> dicts, CkanParams params) {
		String sort = params.text("sort") == null ? "title asc" : params.text("sort");
		int offset = params.natural("offset", 0);
		int limit = params.natural("limit", Integer.MAX_VALUE);
		boolean allFields = params.bool("all_fields", false);
		String[] parts = sort.trim().toLowerCase(Locale.ROOT).split("\\s+");
		String field = parts[0];
		boolean desc = parts.length > 1 && parts[1].equals("desc");
		if (!List.of("name", "title", "package_count").contains(field)) {
			params.error("sort", "Cannot sort by field `" + field + "`");
		}
		params.check();
		Comparator<Map<String, Object>> order = field.equals("package_count")
				? Comparator.comparingLong((Map<String, Object> d) -> ((Number) d.get(field)).longValue())
				: Comparator.comparing((Map<String, Object> d) -> ((String) d.get(field)).toLowerCase(Locale.ROOT));
		List<Map<String, Object>> sorted = new ArrayList<>(dicts);
		sorted.sort(desc ? order.reversed() : order);
		List<Map<String, Object>> page = sorted.subList(Math.min(offset, sorted.size()),
				(int) Math.min(sorted.size(), (long) offset + limit));
		return allFields ? page : page.stream().map((d) -> d.get("name")).toList();
	}

}
