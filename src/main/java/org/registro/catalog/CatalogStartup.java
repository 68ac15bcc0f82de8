package org.registro.catalog;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.registro.record.RecordService;
import org.registro.store.PublicOp;
import org.registro.store.RecordStore;
import org.registro.validation.RecordValidator;
import org.registro.vocabulary.Vocabularies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the public data up to date at start-up, before anything is served or loaded: re-projects
 * records a crash may have left half-published, writes the catalog's description from the
 * current configuration, refreshes the vocabularies graph, and tells the validator which
 * publishers exist.
 */
@Component
@Order(1)
class CatalogStartup implements ApplicationRunner {

	/** Graph of the public data holding the controlled vocabularies, for SPARQL users' labels. */
	static final String VOCABULARIES_GRAPH = "https://w3id.org/registro/graph/vocabularies";

	private static final Logger log = LoggerFactory.getLogger(CatalogStartup.class);

	private final RecordStore store;

	private final RecordService records;

	private final CatalogDescription description;

	private final Vocabularies vocabularies;

	private final RecordValidator validator;

	CatalogStartup(RecordStore store, RecordService records, CatalogDescription description, Vocabularies vocabularies,
			RecordValidator validator) {
		this.store = store;
		this.records = records;
		this.description = description;
		this.vocabularies = vocabularies;
		this.validator = validator;
	}

	@Override
	public void run(ApplicationArguments args) {
		records.reprojectPending();
		records.backfillSummaries();
		refreshCatalogDescription();
		refreshVocabularies();
		List<Node> publishers = store.readPublic((dsg) -> {
			List<Node> found = new ArrayList<>();
			dsg.listGraphNodes().forEachRemaining((g) -> {
				if (dsg.contains(g, g, RDF.type.asNode(), FOAF.Agent.asNode())) {
					found.add(g);
				}
			});
			return found;
		});
		validator.publishersAvailable(publishers);
		log.info("Public data ready: {} publishers known", publishers.size());
	}

	private void refreshCatalogDescription() {
		Graph current = store.publicGraph(description.iri()).orElseGet(GraphFactory::createDefaultGraph);
		Graph wanted = description.graph();
		current.find().filterKeep(CatalogDescription::isListing).forEachRemaining(wanted::add);
		store.writePublic(List.of(new PublicOp.Replace(description.iri(), wanted)));
	}

	private void refreshVocabularies() {
		Graph vocab = vocabularies.graph();
		long stored = store.readPublic((dsg) -> dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(VOCABULARIES_GRAPH)).size());
		if (stored != vocab.size()) {
			store.writePublic(List.of(new PublicOp.Replace(VOCABULARIES_GRAPH, vocab)));
			log.info("Vocabularies graph refreshed ({} triples)", vocab.size());
		}
	}


}
