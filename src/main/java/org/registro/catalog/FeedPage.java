package org.registro.catalog;

import java.util.List;

import org.registro.search.DatasetHit;

/**
 * One page of a walk over the feed, with the cursors of its neighbours.
 *
 * @param total how many datasets the walk's snapshot has with these filters
 * @param previous the cursor of the page before, or null on the first page; the same for next
 */
record FeedPage(List<DatasetHit> hits, int total, int pageSize, String first, String previous, String next, String last) {
}
