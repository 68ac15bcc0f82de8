package org.registro.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with a cap on the number of solutions, the way public endpoints such as
 * Virtuoso's do it: a query without a LIMIT, or with a larger one, is evaluated with
 * {@code LIMIT maxRows}, and the response says so in {@value #HEADER} so that a client can page with
 * LIMIT/OFFSET instead of trusting a silently short answer.
 */
final class CappedQuery extends SPARQL_QueryDataset {

	static final String HEADER = "X-SPARQL-MaxRows";

	private final long maxRows;

	CappedQuery(long maxRows) {
		this.maxRows = maxRows;
	}

	@Override
	protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
		return super.createQueryExec(action, capped(action, query), dataset);
	}

	private Query capped(HttpAction action, Query query) {
		if (query.isAskType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
			return query;
		}
		Query copy = query.cloneQuery();
		copy.setLimit(maxRows);
		action.setResponseHeader(HEADER, Long.toString(maxRows));
		return copy;
	}

}
