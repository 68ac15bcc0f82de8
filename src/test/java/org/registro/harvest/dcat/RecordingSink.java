package org.registro.harvest.dcat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.SourceRecord;

/** Keeps every page the reader delivers, in order. */
class RecordingSink implements PageSink {

	/** One delivery. */
	record Page(URI url, List<SourceRecord> records, List<RecordProblem> problems) {
	}

	final List<Page> pages = new ArrayList<>();

	@Override
	public void page(URI url, List<SourceRecord> records, List<RecordProblem> problems) {
		pages.add(new Page(url, records, problems));
	}

	List<SourceRecord> records() {
		return pages.stream().flatMap((p) -> p.records().stream()).toList();
	}

	List<RecordProblem> problems() {
		return pages.stream().flatMap((p) -> p.problems().stream()).toList();
	}

	List<String> subjects() {
		return records().stream().map((r) -> r.subject().isURI() ? r.subject().getURI() : "_:blank").toList();
	}

	Optional<SourceRecord> record(String iri) {
		Node subject = NodeFactory.createURI(iri);
		return records().stream().filter((r) -> r.subject().equals(subject)).findFirst();
	}

}
