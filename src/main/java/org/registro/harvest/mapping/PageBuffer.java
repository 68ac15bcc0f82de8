package org.registro.harvest.mapping;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.SourceRecord;

/** Gathers what a one-document source yields into pages of the asked size, handing each to the sink when full. */
public final class PageBuffer {

	private final PageSink sink;

	private final URI url;

	private final int size;

	private List<SourceRecord> records = new ArrayList<>();

	private List<RecordProblem> problems = new ArrayList<>();

	public PageBuffer(PageSink sink, URI url, int size) {
		this.sink = sink;
		this.url = url;
		this.size = Math.max(1, size);
	}

	/** Takes a {@link SourceRecord} or a {@link RecordProblem}. */
	public void add(Object item) {
		if (item instanceof SourceRecord r) {
			records.add(r);
		}
		else if (item instanceof RecordProblem p) {
			problems.add(p);
		}
		if (records.size() + problems.size() >= size) {
			flush();
		}
	}

	/** Hands on what is gathered (nothing when empty). */
	public void flush() {
		if (records.isEmpty() && problems.isEmpty()) {
			return;
		}
		List<SourceRecord> r = records;
		List<RecordProblem> p = problems;
		records = new ArrayList<>();
		problems = new ArrayList<>();
		sink.page(url, r, p);
	}

}
