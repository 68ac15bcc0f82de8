package org.registro.harvest;

import java.util.List;

/**
 * One page of a job's entries.
 * @param page counted from 1
 * @param total entries matching the filter
 */
public record EntryPage(List<JobEntry> entries, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
