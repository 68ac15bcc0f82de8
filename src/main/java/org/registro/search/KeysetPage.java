package org.registro.search;

import java.util.List;

/**
 * One page of the feed.
 *
 * @param hits in the feed's order
 * @param before whether datasets come before the first hit
 * @param after whether datasets come after the last hit
 */
public record KeysetPage(List<DatasetHit> hits, boolean before, boolean after) {
}
