package org.registro.search;

import org.apache.lucene.search.IndexSearcher;

/**
 * A point-in-time view of the index, kept for a while after the index changes so that a walk over
 * many requests reads one consistent catalog. Close it after use (it is only released, not dropped).
 *
 * @param version names this view in cursors; valid only within one {@code epoch}
 * @param epoch the index's life (a new one at every start, when it is rebuilt)
 */
public record Snapshot(long version, long epoch, IndexSearcher searcher, Runnable release) implements AutoCloseable {

	@Override
	public void close() {
		release.run();
	}

}
