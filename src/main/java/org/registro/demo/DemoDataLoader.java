package org.registro.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordStatus;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads {@code demo/publishers/*.ttl} then {@code demo/datasets/*.ttl} on first start when
 * {@code registry.demo-data} is true, through {@link RecordService} like any other write. A flag in
 * the workspace makes it load once: records deleted afterwards do not come back.
 */
@Component
@Order(2)
class DemoDataLoader implements ApplicationRunner {

	static final String FLAG = "demo-loaded";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final RegistryProperties properties;

	private final RecordService records;

	private final RecordStore store;

	DemoDataLoader(RegistryProperties properties, RecordService records, RecordStore store) {
		this.properties = properties;
		this.records = records;
		this.store = store;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoData() || store.flag(FLAG)) {
			return;
		}
		int publishers = load(RecordKind.PUBLISHER, "classpath:demo/publishers/*.ttl");
		int datasets = load(RecordKind.DATASET, "classpath:demo/datasets/*.ttl");
		store.setFlag(FLAG);
		log.info("Demo catalog loaded: {} publishers, {} datasets", publishers, datasets);
	}

	private int load(RecordKind kind, String pattern) {
		int loaded = 0;
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				String id = file.getFilename().replaceFirst("\\.ttl$", "");
				Graph graph = GraphFactory.createDefaultGraph();
				try (InputStream in = file.getInputStream()) {
					RDFParser.source(in).lang(Lang.TURTLE).base(properties.baseUri() + "/").parse(graph);
				}
				try {
					records.put(new RecordRef(kind, id), graph, RecordStatus.PUBLISHED, "demo");
					loaded++;
				}
				catch (RuntimeException ex) {
					log.error("Demo record {}/{} was not loaded: {}", kind.segment(), id, ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return loaded;
	}

}
