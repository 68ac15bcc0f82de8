package org.registro.catalog;

import org.apache.lucene.search.Query;
import org.registro.search.DatasetHit;
import org.registro.search.DatasetIndex;
import org.registro.search.DatasetSearch;
import org.registro.search.KeysetPage;
import org.registro.search.Snapshot;
import org.registro.web.BadRequestException;
import org.registro.web.UnavailableException;
import org.springframework.stereotype.Component;

/**
 * Walks of the feed: pages by keyset on one snapshot of the catalog index, so a harvester following
 * next links sees every dataset of the snapshot exactly once, whatever changes meanwhile.
 */
@Component
class CatalogFeed {

	private final DatasetIndex index;

	private final CursorCodec cursors;

	CatalogFeed(DatasetIndex index, CursorCodec cursors) {
		this.index = index;
		this.cursors = cursors;
	}

	/**
	 * @param withdrawn walk the datasets withdrawn after publication instead of the published ones
	 * @throws BadRequestException when the cursor is not valid or belongs to other filters
	 */
	FeedPage page(FeedRequest request, boolean withdrawn) {
		if (!index.ready()) {
			throw new UnavailableException("The catalog index is being built after a start; try again in a few seconds", 5);
		}
		String filters = (withdrawn ? "w" : "p") + request.fingerprint();
		PageCursor cursor = request.cursor() == null ? null : cursors.decode(request.cursor());
		if (cursor != null && !cursor.filters().equals(filters)) {
			throw new BadRequestException("The cursor belongs to a walk with other filters: keep the filters of the link it came "
					+ "from, or start again without a cursor");
		}
		Query query = request.query(withdrawn, index::publishersChangedSince);
		try (Snapshot snapshot = cursor == null ? index.snapshot() : index.snapshot(cursor.snapshot(), cursor.epoch())) {
			PageCursor.Direction direction = cursor == null ? PageCursor.Direction.FIRST : cursor.direction();
			KeysetPage page = DatasetSearch.page(snapshot, query, cursor == null ? null : cursor.position(), direction.forward(),
					request.pageSize());
			int total = DatasetSearch.count(snapshot, query);
			String first = encode(snapshot, PageCursor.Direction.FIRST, null, filters);
			String last = encode(snapshot, PageCursor.Direction.LAST, null, filters);
			String previous = null;
			String next = null;
			if (!page.hits().isEmpty()) {
				DatasetHit head = page.hits().get(0);
				DatasetHit tail = page.hits().get(page.hits().size() - 1);
				previous = page.before() ? encode(snapshot, PageCursor.Direction.PREVIOUS, head, filters) : null;
				next = page.after() ? encode(snapshot, PageCursor.Direction.NEXT, tail, filters) : null;
			}
			else if (total > 0 && direction != PageCursor.Direction.FIRST) {
				// Past the end (the cursor's dataset was the last one): the way back is the last page.
				previous = last;
			}
			return new FeedPage(page.hits(), total, request.pageSize(), first, previous, next, last);
		}
	}

	private String encode(Snapshot snapshot, PageCursor.Direction direction, DatasetHit at, String filters) {
		return cursors.encode(new PageCursor(snapshot.epoch(), snapshot.version(), direction, at == null ? null : at.position(), filters));
	}

}
