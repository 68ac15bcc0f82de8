package org.registro.harvest.read;

import java.net.URI;
import java.util.Collection;
import java.util.List;

/** Receives what a reader reads, one page at a time, so no run holds a whole source in memory. */
public interface PageSink {

	/**
	 * One page's records (in source order) and the records on it that could not be read. Called on
	 * the reader's thread; returns once they are written.
	 */
	void page(URI url, List<SourceRecord> records, List<RecordProblem> problems);

	/**
	 * For incremental runs of sources that can list what they hold without describing it (CKAN):
	 * the {@link SourceRecord#key()}s of records present in the source, changed or not, so records
	 * gone from it can be withdrawn. May be called several times; readers that only ever read
	 * complete runs never call it.
	 */
	default void present(Collection<String> keys) {
	}

}
