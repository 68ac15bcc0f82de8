package org.registro.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.registro.store.RecordStore;
import org.registro.store.SparqlFiles;
import org.registro.web.Labels;
import org.registro.web.Link;
import org.springframework.stereotype.Component;

/** A publisher's published datasets for its page, newest first, titles in the reader's language. */
@Component
public class CatalogListing {

	/** One dataset in a list. */
	public record Entry(Link dataset, Link publisher, String modified) {
	}

	private final RecordStore store;

	private final Labels labels;

	public CatalogListing(RecordStore store, Labels labels) {
		this.store = store;
		this.labels = labels;
	}

	public List<Entry> byPublisher(String publisherIri, String lang) {
		return list("publisher-datasets", "publisher", NodeFactory.createURI(publisherIri), lang);
	}

	private List<Entry> list(String query, String var, Node value, String lang) {
		Map<Node, Row> rows = store.readPublic((dsg) -> {
			Map<Node, Row> byDataset = new LinkedHashMap<>();
			RowSet rs = QueryExec.dataset(dsg).query(SparqlFiles.query(query)).substitution(var, value).select();
			rs.forEachRemaining((b) -> {
				Row row = byDataset.computeIfAbsent(b.get("dataset"), (k) -> new Row());
				Node title = b.get("title");
				if (title != null && (row.title == null || title.getLiteralLanguage().equals(lang))) {
					row.title = title;
				}
				row.publisher = b.get("publisher") != null ? b.get("publisher") : value;
				row.modified = b.get("modified") != null ? b.get("modified").getLiteralLexicalForm() : row.modified;
				row.page = b.get("page") != null ? b.get("page") : b.get("dataset");
			});
			return byDataset;
		});
		List<Entry> out = new ArrayList<>();
		rows.forEach((dataset, row) -> out.add(new Entry(new Link(labels.localHref(row.page.getURI()),
				row.title == null ? dataset.getURI() : row.title.getLiteralLexicalForm()), labels.link(row.publisher, lang), row.modified)));
		out.sort(Comparator.comparing(Entry::modified, Comparator.nullsLast(Comparator.reverseOrder())));
		return out;
	}

	/** Accumulates one dataset's values over the query's rows. */
	private static final class Row {

		Node title;

		Node publisher;

		String modified;

		/** The dataset's page: its record's location (a harvested dataset's IRI is its source's). */
		Node page;

	}

}
