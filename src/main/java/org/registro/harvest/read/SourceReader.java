package org.registro.harvest.read;

/**
 * Reads one kind of source, page by page, turning what it finds into DCAT-AP records. Fetches go
 * through {@link org.registro.outbound.Outbound}. A reader never throws for a bad source: what went
 * wrong is in the outcome, and records of pages read before stay read.
 */
public interface SourceReader {

	SourceType type();

	/** Reads the source, handing each page to the sink before fetching the next. */
	ReadOutcome read(ReadRequest request, PageSink sink);

}
