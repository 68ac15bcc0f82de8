package org.registro.sparql;

import java.util.Iterator;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fuseki's query operation with caps on what one answer may hold, the way public endpoints such as
 * Virtuoso's do it. A query without a LIMIT, or with a larger one, is evaluated with
 * {@code LIMIT maxRows}, and the response says so in {@value #ROWS_HEADER} (the cap was applied; the
 * answer may or may not have been longer) so that a client knows to page with LIMIT/OFFSET. A
 * CONSTRUCT or DESCRIBE answer, which Fuseki builds in memory before writing it, stops at
 * {@code maxTriples}; then {@value #TRIPLES_HEADER} says it was cut. Without that second cap a small
 * template over the capped solutions could still build millions of triples.
 */
final class CappedQuery extends SPARQL_QueryDataset {

	static final String ROWS_HEADER = "X-SPARQL-MaxRows";

	static final String TRIPLES_HEADER = "X-SPARQL-MaxTriples";

	private final long maxRows;

	private final long maxTriples;

	CappedQuery(long maxRows, long maxTriples) {
		this.maxRows = maxRows;
		this.maxTriples = maxTriples;
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
		action.setResponseHeader(ROWS_HEADER, Long.toString(maxRows));
		return copy;
	}

	@Override
	protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
		if (query.isConstructType()) {
			DatasetGraph result = DatasetGraphFactory.create();
			long size = 0;
			Iterator<Quad> quads = exec.constructQuads();
			while (quads.hasNext()) {
				Quad q = quads.next();
				if (!result.contains(q)) {
					if (!room(action, size < maxTriples)) {
						break;
					}
					result.add(q);
					size++;
				}
			}
			return new QueryExecResult(result);
		}
		if (query.isDescribeType()) {
			Graph result = GraphFactory.createDefaultGraph();
			Iterator<Triple> triples = exec.describeTriples();
			while (triples.hasNext()) {
				Triple t = triples.next();
				if (!result.contains(t)) {
					if (!room(action, result.size() < maxTriples)) {
						break;
					}
					result.add(t);
				}
			}
			return new QueryExecResult(result);
		}
		return super.executeQuery(action, exec, query, queryStringLog);
	}

	/** Whether there is room for one more triple; when not, says so in the response. */
	private boolean room(HttpAction action, boolean room) {
		if (!room) {
			action.setResponseHeader(TRIPLES_HEADER, Long.toString(maxTriples));
		}
		return room;
	}

}
