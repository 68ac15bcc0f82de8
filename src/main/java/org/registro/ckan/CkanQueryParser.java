package org.registro.ckan;

import java.time.Instant;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.registro.search.IndexFields;

/**
 * The classic Lucene parser set up as CKAN's Solr schema is (default field {@code text}, default
 * operator AND), reading the two date fields in Solr's date syntax ({@link SolrDates}) rather than
 * as terms: {@code metadata_modified:[2026-11-20T10:00:00.123456Z TO *]}. Not thread-safe: one per query.
 */
final class CkanQueryParser extends QueryParser {

	private static final Set<String> DATES = Set.of(IndexFields.MODIFIED, IndexFields.CREATED);

	private final Instant now;

	CkanQueryParser(Analyzer analyzer, Instant now) {
		super(IndexFields.TEXT, analyzer);
		this.now = now;
		setDefaultOperator(Operator.AND);
	}

	@Override
	protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
			throws ParseException {
		if (!DATES.contains(field)) {
			return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
		}
		long from = part1 == null || part1.equals("*") ? Long.MIN_VALUE : date(part1) + (startInclusive ? 0 : 1);
		long to = part2 == null || part2.equals("*") ? Long.MAX_VALUE : date(part2) - (endInclusive ? 0 : 1);
		return LongField.newRangeQuery(field, from, to);
	}

	/** {@code metadata_modified:"2026-11-20T10:00:00Z"}: that very millisecond. */
	@Override
	protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
		if (DATES.contains(field)) {
			return LongField.newExactQuery(field, date(queryText));
		}
		return super.getFieldQuery(field, queryText, quoted);
	}

	private long date(String text) throws ParseException {
		try {
			return SolrDates.parse(text, now);
		}
		catch (IllegalArgumentException ex) {
			throw new ParseException(ex.getMessage());
		}
	}

}
