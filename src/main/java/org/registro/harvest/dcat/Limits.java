package org.registro.harvest.dcat;

import java.nio.file.Path;

/**
 * When a page is too big to hold in memory, and how far a run may go.
 * @param spillBytes a response announcing more bytes than this is parsed straight into a temporary
 * on-disk store
 * @param spillTriples a page is moved to a temporary on-disk store once it has more triples than this
 * @param maxPages pages read in one run at most (a source that never stops paging ends incomplete)
 * @param tempParent where temporary stores are made; null for the system's temporary directory
 */
record Limits(long spillBytes, long spillTriples, int maxPages, Path tempParent) {

	/**
	 * About 16 MB of Turtle or 250,000 triples (some 6,000 datasets, 100-200 MB of heap as a graph):
	 * an ordinary page stays in memory, a dump does not.
	 */
	static final Limits DEFAULT = new Limits(32L * 1024 * 1024, 250_000, 100_000, null);

}
