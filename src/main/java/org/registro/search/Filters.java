package org.registro.search;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;

import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Builds the index queries the feed's filters stand for. */
public final class Filters {

	private Filters() {
	}

	/** Published datasets only. */
	public static Query active() {
		return new TermQuery(new Term(IndexFields.STATE, IndexFields.ACTIVE));
	}

	/** Datasets withdrawn after publication. */
	public static Query withdrawn() {
		return new TermQuery(new Term(IndexFields.STATE, IndexFields.DELETED));
	}

	/** Published, changed or withdrawn at or after the instant. */
	public static Query modifiedSince(Instant since) {
		return LongField.newRangeQuery(IndexFields.MODIFIED, since.toEpochMilli(), Long.MAX_VALUE);
	}

	/**
	 * Published or changed at or after the instant, or with a publisher whose description changed
	 * since (a feed page carries the publisher's names).
	 */
	public static Query modifiedSince(Instant since, Collection<String> publishersChanged) {
		if (publishersChanged.isEmpty()) {
			return modifiedSince(since);
		}
		return new BooleanQuery.Builder().add(modifiedSince(since), BooleanClause.Occur.SHOULD)
			.add(publisher(publishersChanged), BooleanClause.Occur.SHOULD)
			.build();
	}

	public static Query publisher(Collection<String> iris) {
		return anyOf(IndexFields.PUBLISHER, iris);
	}

	public static Query theme(Collection<String> iris) {
		return anyOf(IndexFields.THEME, iris);
	}

	/** Keywords, whatever their case. */
	public static Query keyword(Collection<String> keywords) {
		return anyOf(IndexFields.KEYWORD, keywords.stream().map((k) -> k.toLowerCase(Locale.ROOT)).toList());
	}

	/** Distribution formats by IRI or by code ({@code CSV}, whatever its case). */
	public static Query format(Collection<String> formats) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String f : formats) {
			any.add(f.contains(":") ? new TermQuery(new Term(IndexFields.FORMAT, f))
					: new TermQuery(new Term(IndexFields.RES_FORMAT, f.toUpperCase(Locale.ROOT))), BooleanClause.Occur.SHOULD);
		}
		return any.build();
	}

	/** All of the queries (none: everything). */
	public static Query allOf(Collection<Query> queries) {
		if (queries.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		queries.forEach((q) -> all.add(q, BooleanClause.Occur.FILTER));
		return all.build();
	}

	private static Query anyOf(String field, Collection<String> values) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		values.forEach((v) -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
		return any.build();
	}

}
