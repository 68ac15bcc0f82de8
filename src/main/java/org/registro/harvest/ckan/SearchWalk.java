package org.registro.harvest.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RunError;
import org.registro.outbound.Outbound;

/**
 * Pages through {@code package_search} with {@code rows} and {@code start}, sorted by {@code id asc}.
 *
 * <p>Why {@code id asc}: ids never change, so records changed during the walk (the common case)
 * keep their place; sorting on {@code metadata_modified} would move each of them to the end and
 * shift every later record one place back, skipping one per change. What ids cannot prevent is a
 * record created or deleted before the current offset shifting the rest (a duplicate or a skip). A
 * skip must never look like a deletion, so a walk during which {@code count} changed is not
 * complete ({@code count-changed}): its records are delivered, nothing is withdrawn for it. A count
 * that changes wildly (more than a tenth, and more than 10) means the site is not answering the same
 * question any more, and the walk stops there.
 *
 * <p>{@code start} moves by the number of results received, not by the rows asked for, since sites
 * cap rows lower ({@code ckan.search.rows_max}).
 */
final class SearchWalk {

	/** CKAN's own cap on {@code rows}. */
	static final int MAX_ROWS = 1000;

	private final Outbound outbound;

	private final ReadRequest request;

	private final CkanSite site;

	private final List<RunError> errors = new ArrayList<>();

	private int pages;

	SearchWalk(Outbound outbound, ReadRequest request, CkanSite site) {
		this.outbound = outbound;
		this.request = request;
		this.site = site;
	}

	/**
	 * Walks one query to its end, handing each page to {@code pageHandler} before fetching the next.
	 * @return whether every page was read with the count unchanged
	 */
	boolean walk(Map<String, String> query, Consumer<SearchPage> pageHandler) {
		int rows = Math.clamp(request.pageSize(), 1, MAX_ROWS);
		long first = -1;
		long start = 0;
		boolean countChanged = false;
		boolean read = false;
		while (true) {
			Map<String, String> params = new LinkedHashMap<>(query);
			params.put("sort", "id asc");
			params.put("rows", Integer.toString(rows));
			params.put("start", Long.toString(start));
			SearchPage page = SearchPage.fetch(outbound, site.action("package_search", params), request.headers(), request.format());
			pages++;
			if (!page.ok()) {
				errors.add(page.error());
				break;
			}
			first = first < 0 ? page.count() : first;
			if (page.count() != first) {
				countChanged = true;
				if (Math.abs(page.count() - first) > Math.max(10, first / 10)) {
					errors.add(new RunError(page.url().toString(), "count-changed",
							"count went from " + first + " to " + page.count() + " during the walk; stopped there"));
					return false;
				}
			}
			pageHandler.accept(page);
			int received = page.results().size();
			start += received;
			if (start >= page.count()) {
				read = true;
				break;
			}
			if (received == 0) {
				errors.add(new RunError(page.url().toString(), "short-page",
						"no results at start=" + start + " though count is " + page.count()));
				break;
			}
		}
		if (countChanged) {
			errors.add(new RunError(site.root(), "count-changed", "the number of datasets changed during the walk (first "
					+ first + "); records may have been skipped, so none is withdrawn"));
		}
		return read && !countChanged;
	}

	int pages() {
		return pages;
	}

	List<RunError> errors() {
		return errors;
	}

}
