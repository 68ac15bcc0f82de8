package org.registro.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.registro.record.CatalogEntries;
import org.registro.record.RecordKind;
import org.registro.record.RecordStatus;
import org.registro.store.RecordQuery;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
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

	private final RecordStore store;

	private final DatasetIndex index;

	private final RegistryProperties properties;

	IndexStartup(RecordStore store, DatasetIndex index, RegistryProperties properties) {
		this.store = store;
		this.index = index;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String base = properties.baseUri();
		List<DatasetFacts> withdrawn = store.find(new RecordQuery(RecordStatus.WITHDRAWN, null, false, Integer.MAX_VALUE))
			.stream()
			.filter((s) -> s.ref().kind() == RecordKind.DATASET && s.isGone())
			.map((s) -> DatasetFacts.withdrawn(s.ref().iri(base), s))
			.toList();
		Map<String, Instant> publishers = new HashMap<>();
		store.find(new RecordQuery(RecordStatus.PUBLISHED, null, false, Integer.MAX_VALUE))
			.stream()
			.filter((s) -> s.ref().kind() == RecordKind.PUBLISHER && s.published() != null)
			.forEach((s) -> publishers.put(s.ref().iri(base), s.published()));
		index.publishersPublished(publishers);
		Node catalog = NodeFactory.createURI(new CatalogEntries(base).catalogIri());
		String prefix = base + "/" + RecordKind.DATASET.segment() + "/";
		store.readPublic((dsg) -> {
			Iterable<DatasetFacts> published = () -> dsg.getGraph(catalog)
				.find(catalog, DCAT.dataset.asNode(), Node.ANY)
				.mapWith((t) -> t.getObject())
				.filterKeep((d) -> d.isURI() && d.getURI().startsWith(prefix))
				.mapWith((d) -> DatasetFacts.of(d.getURI().substring(prefix.length()), d.getURI(), dsg.getGraph(d)));
			index.rebuild(published, withdrawn);
			return null;
		});
	}

}
