package org.registro.harvest.ckan;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.registro.harvest.mapping.JsonFields;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceReader;
import org.registro.harvest.read.SourceRecord;
import org.registro.harvest.read.SourceType;
import org.registro.outbound.Outbound;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a CKAN site's datasets through {@code package_search} (see {@link SearchWalk} for the
 * paging). A complete run walks every dataset. An incremental run walks those modified since the
 * given time ({@code fq=metadata_modified:[… TO *]}), then lists every dataset with only the fields
 * that give its key ({@code fl=id,name,extras_uri}; sites that ignore {@code fl} send whole dicts,
 * which are read the same way) and tells the sink which are present.
 */
@Component
public class CkanReader implements SourceReader {

	private final Outbound outbound;

	private final ValueTables tables;

	public CkanReader(Outbound outbound, ValueTables tables) {
		this.outbound = outbound;
		this.tables = tables;
	}

	@Override
	public SourceType type() {
		return SourceType.CKAN;
	}

	@Override
	public ReadOutcome read(ReadRequest request, PageSink sink) {
		URI url = request.url();
		if (url == null || url.getScheme() == null || url.getRawAuthority() == null) {
			return new ReadOutcome(false, 0, List.of(new RunError(String.valueOf(url), "invalid-url", "not an absolute URL of a CKAN site")));
		}
		CkanSite site = CkanSite.of(url);
		PackageMapper mapper = new PackageMapper(site, tables);
		SearchWalk walk = new SearchWalk(outbound, request, site);
		Set<String> seen = new HashSet<>();
		Map<String, String> query = new LinkedHashMap<>();
		query.put("q", "*:*");
		if (request.modifiedSince() == null) {
			boolean complete = walk.walk(query, (page) -> deliver(page, mapper, seen, sink));
			return new ReadOutcome(complete, walk.pages(), walk.errors());
		}
		query.put("fq", "metadata_modified:[" + request.modifiedSince().truncatedTo(ChronoUnit.MILLIS) + " TO *]");
		boolean changed = walk.walk(query, (page) -> deliver(page, mapper, seen, sink));
		boolean listed = changed && walk.walk(Map.of("q", "*:*", "fl", "id,name,extras_uri"), (page) -> present(page, mapper, sink));
		return new ReadOutcome(changed && listed, walk.pages(), walk.errors());
	}

	/** Maps a page and hands it on; a package seen on an earlier page (shifted by a change at the source) is skipped. */
	private static void deliver(SearchPage page, PackageMapper mapper, Set<String> seen, PageSink sink) {
		List<SourceRecord> records = new ArrayList<>();
		List<RecordProblem> problems = new ArrayList<>();
		int n = 0;
		for (JsonNode item : page.results()) {
			n++;
			Object mapped = mapper.map(item, location(page, n, item));
			if (mapped instanceof SourceRecord r && seen.add(r.identifier())) {
				records.add(r);
			}
			else if (mapped instanceof RecordProblem p) {
				problems.add(p);
			}
		}
		sink.page(page.url(), records, problems);
	}

	private static void present(SearchPage page, PackageMapper mapper, PageSink sink) {
		List<String> keys = new ArrayList<>();
		for (JsonNode item : page.results()) {
			if (item.isObject() && item.get("id") != null && item.get("id").isString()) {
				keys.add(mapper.subject(item, item.get("id").stringValue()).getURI());
			}
		}
		sink.present(keys);
	}

	/** "page URL #n (name)", n counted from 1 on the page. */
	private static String location(SearchPage page, int n, JsonNode item) {
		String name = item.isObject() ? JsonFields.scalar(item, "name").orElse("") : "";
		return page.url() + " #" + n + (name.isEmpty() ? "" : " (" + name + ")");
	}

}
