package org.registro.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.registro.record.CatalogEntries;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.store.RecordQuery;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the catalog index at start, after the public data has been brought up to date (recovery
 * writes do not reach the index's listener): every dataset of the catalog graph, read in one
 * transaction, and the tombstones of datasets withdrawn after publication.
 */
@Component
@Order(2)
class IndexStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

	private final RecordStore store;

	private final DatasetIndex index;

	private final RegistryProperties properties;

	IndexStartup(RecordStore store, DatasetIndex index, RegistryProperties properties) {
		this.store = store;
		this.index = index;
		this.properties = properties;
	}

	private static final String RECORD = CatalogEntries.recordIri("");

	/** A dataset that cannot be read is left out with a warning: one bad record must not stop the start. */
	private static DatasetFacts facts(String name, String iri, Graph graph) {
		try {
			return DatasetFacts.of(name, iri, graph);
		}
		catch (RuntimeException ex) {
			log.warn("Dataset {} left out of the catalog index: {}", iri, ex.toString());
			return null;
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		String base = properties.baseUri();
		List<DatasetFacts> withdrawn = store.find(new RecordQuery(RecordStatus.WITHDRAWN, null, false, Integer.MAX_VALUE))
			.stream()
			.filter((s) -> s.ref().kind() == RecordKind.DATASET && s.isGone())
			.map((s) -> DatasetFacts.withdrawn(s.ref().iri(base), s))
			.toList();
		Node catalog = NodeFactory.createURI(new CatalogEntries(base).catalogIri());
		String prefix = base + "/" + RecordKind.DATASET.segment() + "/";
		String publishers = base + "/" + RecordKind.PUBLISHER.segment() + "/";
		store.readPublic((dsg) -> {
			// Only the publishers' own states: their number is small, the datasets' is not.
			Map<String, Instant> published = new HashMap<>();
			dsg.listGraphNodes().forEachRemaining((g) -> {
				if (g.isURI() && g.getURI().startsWith(publishers) && RecordRef.isValidId(g.getURI().substring(publishers.length()))) {
					store.state(new RecordRef(RecordKind.PUBLISHER, g.getURI().substring(publishers.length())))
						.map(RecordState::published)
						.ifPresent((at) -> published.put(g.getURI(), at));
				}
			});
			index.publishersPublished(published);
			// By the catalog's dcat:record links: they are at the records' locations, where a harvested
			// dataset's dcat:dataset link names its source's IRI.
			Iterable<DatasetFacts> datasets = () -> dsg.getGraph(catalog)
				.find(catalog, DCAT.record.asNode(), Node.ANY)
				.mapWith((t) -> t.getObject())
				.filterKeep((r) -> r.isURI() && r.getURI().startsWith(prefix) && r.getURI().endsWith(RECORD))
				.mapWith((r) -> r.getURI().substring(0, r.getURI().length() - RECORD.length()))
				.mapWith((d) -> facts(d.substring(prefix.length()), d, dsg.getGraph(NodeFactory.createURI(d))))
				.filterKeep(Objects::nonNull);
			index.rebuild(datasets, withdrawn);
			return null;
		});
	}

}
