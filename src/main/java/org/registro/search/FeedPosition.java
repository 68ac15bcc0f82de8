package org.registro.search;

/**
 * A place in the feed's order (newest modification first, then name), between two datasets: the
 * page after it starts with the next dataset in that order.
 */
public record FeedPosition(long modified, String name) {
}
