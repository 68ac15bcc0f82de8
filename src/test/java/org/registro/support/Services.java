package org.registro.support;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordStatus;
import org.registro.store.TdbRecordStore;
import org.registro.system.RegistryProperties;
import org.registro.validation.RecordValidator;
import org.registro.vocabulary.Vocabularies;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.unit.DataSize;

/** The record service wired by hand over a real TDB2 store in a temporary directory, for service-tier tests. */
public final class Services implements AutoCloseable {

	private static Vocabularies vocabularies;

	public final RegistryProperties properties;

	public final TdbRecordStore store;

	public final RecordValidator validator;

	public final RecordService records;

	public Services(Path dataDir) {
		this(dataDir, 0);
	}

	/** With compaction of the store after every {@code compactEvery} writes (0: never). */
	public Services(Path dataDir, int compactEvery) {
		this.properties = properties(dataDir);
		this.store = new TdbRecordStore(dataDir, 100, compactEvery);
		this.validator = new RecordValidator(properties, vocabularies(), new DefaultResourceLoader());
		this.records = new RecordService(store, validator, properties, Clock.systemUTC());
	}

	/** Publishes the publisher {@code finanzas} that {@link Fixtures#dataset} names. */
	public void publishFinanzas() {
		Graph publisher = Rdf.parse("""
				<http://localhost:8080/publisher/finanzas> a <http://xmlns.com/foaf/0.1/Agent> ;
				  <http://xmlns.com/foaf/0.1/name> "Secretaría de Finanzas"@es .
				""", Lang.TURTLE);
		records.put(new RecordRef(RecordKind.PUBLISHER, "finanzas"), publisher, RecordStatus.PUBLISHED, "test");
	}

	public static synchronized Vocabularies vocabularies() {
		if (vocabularies == null) {
			vocabularies = new Vocabularies();
		}
		return vocabularies;
	}

	public static RegistryProperties properties(Path dataDir) {
		return new RegistryProperties(RegistryTest.BASE, dataDir, false, new RegistryProperties.Security(null, false),
				new RegistryProperties.Validation(List.of("classpath:shapes/dcat-ap-3.ttl", "classpath:shapes/dcat-ap-3-vocabularies.ttl")),
				new RegistryProperties.Api(DataSize.ofMegabytes(5)),
				new RegistryProperties.Catalog("Catálogo", "Descripción", "Oficina"), new RegistryProperties.Writes(100, 0),
				new RegistryProperties.Sparql(Duration.ofSeconds(30), 10000, 4, 32, Duration.ofSeconds(10), DataSize.ofKilobytes(256)),
				new RegistryProperties.Login(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), new RegistryProperties.Workflow(false),
				new RegistryProperties.Feed(100, 1000, Duration.ofHours(6)),
				new RegistryProperties.Outbound(List.of("127.0.0.0/8", "::1/128"), Duration.ofSeconds(5), Duration.ofSeconds(10),
						DataSize.ofMegabytes(64), 5, Duration.ZERO, 4, "Registro-test"),
				new RegistryProperties.Harvest(500, 2, false));
	}

	@Override
	public void close() {
		store.close();
	}

}
