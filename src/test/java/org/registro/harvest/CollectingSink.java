package org.registro.harvest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.SourceRecord;

/** A sink that keeps what readers hand it, for assertions. */
public final class CollectingSink implements PageSink {

	public final List<URI> pages = new ArrayList<>();

	public final List<Integer> pageSizes = new ArrayList<>();

	public final List<SourceRecord> records = new ArrayList<>();

	public final List<RecordProblem> problems = new ArrayList<>();

	public final List<String> present = new ArrayList<>();

	@Override
	public void page(URI url, List<SourceRecord> records, List<RecordProblem> problems) {
		pages.add(url);
		pageSizes.add(records.size() + problems.size());
		this.records.addAll(records);
		this.problems.addAll(problems);
	}

	@Override
	public void present(Collection<String> keys) {
		present.addAll(keys);
	}

}
