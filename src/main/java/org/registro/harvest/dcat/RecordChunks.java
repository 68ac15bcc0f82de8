package org.registro.harvest.dcat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.SourceRecord;

/**
 * Hands a page's datasets to the sink in chunks of at most the run's page size, so a dump's records
 * never sit in memory all at once. A dataset IRI an earlier page of the run described is reported, and
 * the first description kept. (Two descriptions of one IRI on the same page are one node to RDF: they
 * are read as one dataset.)
 */
final class RecordChunks {

	static final String DUPLICATE = "duplicate-dataset";

	private final int size;

	/** The run's dataset IRIs: a set of strings, some 100 bytes per dataset of the source. */
	private final Set<String> seen = new HashSet<>();

	RecordChunks(int size) {
		this.size = size;
	}

	/** Delivers every dataset of the page, in source order; a page without datasets is delivered empty. */
	void deliver(URI url, PageStore store, PageSink sink) {
		store.read((graph) -> {
			deliver(url, graph, store.datasets(graph), sink);
			return null;
		});
	}

	private void deliver(URI url, Graph graph, Iterator<Node> datasets, PageSink sink) {
		List<SourceRecord> records = new ArrayList<>();
		List<RecordProblem> problems = new ArrayList<>();
		boolean delivered = false;
		int position = 0;
		while (datasets.hasNext()) {
			Node dataset = datasets.next();
			String location = location(url, ++position, dataset);
			if (dataset.isURI() && !seen.add(dataset.getURI())) {
				problems.add(new RecordProblem(location, DUPLICATE, "The dataset <" + dataset.getURI()
						+ "> was already read from an earlier page of this source; this description is left out."));
			}
			else {
				records.add(new SourceRecord(dataset, DatasetDescriptions.describe(graph, dataset),
						DatasetDescriptions.identifier(graph, dataset), location));
			}
			if (records.size() + problems.size() >= size) {
				sink.page(url, List.copyOf(records), List.copyOf(problems));
				records.clear();
				problems.clear();
				delivered = true;
			}
		}
		if (!delivered || !records.isEmpty() || !problems.isEmpty()) {
			sink.page(url, List.copyOf(records), List.copyOf(problems));
		}
	}

	static String location(URI url, int position, Node dataset) {
		String at = url + " #" + position;
		return dataset.isURI() ? at + " (" + dataset.getURI() + ")" : at;
	}

}
