package org.registro.store;

import org.apache.jena.query.Query;

/** The listing queries over the workspace's state graph, with the limit of a {@link RecordQuery}. */
final class WorkspaceListing {

	private WorkspaceListing() {
	}

	static Query query(RecordQuery q) {
		Query query = SparqlFiles.query(q.publisher() == null ? "workspace-records" : "workspace-records-of-publisher").cloneQuery();
		query.setLimit(q.limit());
		return query;
	}

}
