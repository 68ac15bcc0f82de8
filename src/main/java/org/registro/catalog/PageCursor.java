package org.registro.catalog;

import org.registro.search.FeedPosition;

/**
 * Where a page of a walk over the feed starts: the walk's snapshot, a direction and a position.
 *
 * @param filters a fingerprint of the walk's filters: a cursor only continues the walk it came from
 * @param position null for the first or the last page
 */
record PageCursor(long epoch, long snapshot, Direction direction, FeedPosition position, String filters) {

	enum Direction {
		/** The first page: from the start. */
		FIRST('f'),
		/** The page after the position. */
		NEXT('n'),
		/** The page before the position. */
		PREVIOUS('p'),
		/** The last page: up to the end. */
		LAST('l');

		final char code;

		Direction(char code) {
			this.code = code;
		}

		static Direction of(char code) {
			for (Direction d : values()) {
				if (d.code == code) {
					return d;
				}
			}
			throw new IllegalArgumentException("direction " + code);
		}

		boolean forward() {
			return this == FIRST || this == NEXT;
		}

	}

}
