package org.registro.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/** Reads pages and searches out of a {@link Snapshot} of the index. */
public final class DatasetSearch {

	/** The feed's order: newest modification first, then by name. */
	static final Sort FORWARD = new Sort(new SortedNumericSortField(IndexFields.MODIFIED, SortField.Type.LONG, true),
			new SortField(IndexFields.NAME, SortField.Type.STRING));

	private static final Sort BACKWARD = new Sort(new SortedNumericSortField(IndexFields.MODIFIED, SortField.Type.LONG, false),
			new SortField(IndexFields.NAME, SortField.Type.STRING, true));

	private DatasetSearch() {
	}

	/**
	 * The page of {@code size} datasets matching {@code filter} that follows {@code position} in the
	 * feed's order ({@code forward}), or precedes it; from the start (or the end, backward) when the
	 * position is null. The index is kept in the feed's order, so a forward search stops after its
	 * hits, and a backward one looks in a window (see {@link #backward}): any page costs about what
	 * the first does.
	 */
	public static KeysetPage page(Snapshot snapshot, Query filter, FeedPosition position, boolean forward, int size) {
		IndexSearcher searcher = snapshot.searcher();
		try {
			int lastDoc = searcher.getIndexReader().maxDoc() - 1;
			if (lastDoc < 0) {
				return new KeysetPage(List.of(), false, false);
			}
			// Positions are unique, so the dataset at the position itself is the only tie: the
			// highest document number puts every tie before the page.
			FieldDoc after = position == null ? null
					: new FieldDoc(lastDoc, Float.NaN, new Object[] { position.modified(), new BytesRef(position.name()) });
			TopDocs top = forward ? searcher.searchAfter(after, filter, size + 1, FORWARD, false)
					: backward(searcher, filter, after, position, size + 1);
			List<DatasetHit> hits = hits(searcher, top.scoreDocs, size);
			boolean more = top.scoreDocs.length > size;
			if (forward) {
				return new KeysetPage(hits, position != null, more);
			}
			Collections.reverse(hits);
			return new KeysetPage(hits, more, position != null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The {@code n} datasets before a position (or at the end), oldest first. The index is kept in
	 * the feed's order, so against it a sort would rank every dataset: the search looks in a
	 * window of modification times from the position instead, doubling it until it holds enough.
	 */
	private static TopDocs backward(IndexSearcher searcher, Query filter, FieldDoc after, FeedPosition position, int n)
			throws IOException {
		byte[] min = PointValues.getMinPackedValue(searcher.getIndexReader(), IndexFields.MODIFIED);
		byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), IndexFields.MODIFIED);
		if (min == null || max == null) {
			return searcher.search(filter, n, BACKWARD, false);
		}
		long from = position == null ? LongPoint.decodeDimension(min, 0) : position.modified();
		long last = LongPoint.decodeDimension(max, 0);
		for (long width = 1;; width *= 2) {
			long to = last - from <= width ? last : from + width;
			Query window = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER)
				.add(LongField.newRangeQuery(IndexFields.MODIFIED, from, to), BooleanClause.Occur.FILTER)
				.build();
			TopDocs top = searcher.searchAfter(after, window, n, BACKWARD, false);
			if (top.scoreDocs.length >= n || to == last) {
				return top;
			}
		}
	}

	public static int count(Snapshot snapshot, Query filter) {
		try {
			return snapshot.searcher().count(filter);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Offset search, for the CKAN API: {@code rows} hits from {@code start} in {@code sort}'s order,
	 * and the {@code facetLimit} most frequent values of each facet field over all matches.
	 * @param facetFields fields of {@link IndexFields#FACETS}
	 */
	public static SearchResult search(Snapshot snapshot, Query query, Sort sort, int start, int rows, List<String> facetFields,
			int facetLimit) {
		IndexSearcher searcher = snapshot.searcher();
		try {
			// Never ask for more hits than documents exist: the collector allocates that many slots, and
			// start + rows comes from a client (and may overflow an int).
			int wanted = (int) Math.max(1, Math.min((long) start + rows, searcher.getIndexReader().maxDoc()));
			FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, wanted, sort,
					new FacetsCollectorManager());
			TopDocs top = found.topDocs();
			ScoreDoc[] page = start >= top.scoreDocs.length ? new ScoreDoc[0]
					: Arrays.copyOfRange(top.scoreDocs, start, top.scoreDocs.length);
			Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
			for (String field : facetFields) {
				facets.put(field, facet(searcher, found.facetsCollector(), field, facetLimit));
			}
			long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(query);
			return new SearchResult(total, hits(searcher, page, rows), facets);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<SearchResult.FacetCount> facet(IndexSearcher searcher, FacetsCollector collector, String field, int limit)
			throws IOException {
		if (!IndexFields.FACETS.contains(field) || limit == 0) {
			return List.of();
		}
		StringValueFacetCounts counts = new StringValueFacetCounts(new StringDocValuesReaderState(searcher.getIndexReader(), field),
				collector);
		FacetResult result = counts.getTopChildren(limit < 0 ? Integer.MAX_VALUE : limit, field);
		List<SearchResult.FacetCount> out = new ArrayList<>();
		if (result != null) {
			for (var label : result.labelValues) {
				out.add(new SearchResult.FacetCount(label.label, label.value.intValue()));
			}
		}
		return out;
	}

	private static List<DatasetHit> hits(IndexSearcher searcher, ScoreDoc[] docs, int max) throws IOException {
		StoredFields stored = searcher.storedFields();
		List<DatasetHit> out = new ArrayList<>();
		for (int i = 0; i < Math.min(max, docs.length); i++) {
			Document doc = stored.document(docs[i].doc);
			out.add(new DatasetHit(doc.get(IndexFields.NAME), DatasetIndex.iri(doc), DatasetIndex.subject(doc),
					Instant.ofEpochMilli(doc.getField(IndexFields.MODIFIED).numericValue().longValue()),
					IndexFields.DELETED.equals(doc.get(IndexFields.STATE))));
		}
		return out;
	}

}
