package org.registro.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordStatus;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.Services;
import org.registro.system.RegistryProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * {@code fuseki-config/config.ttl} is built the way the standalone Fuseki server builds it: it
 * parses, points at the registry's default public database, and serves a database the registry
 * wrote with the same view (union default graph), the same limits, and no way to write.
 */
class FusekiConfigTest {

	private static final Path CONFIG = Path.of("fuseki-config", "config.ttl");

	private static final String TDB2 = "http://jena.apache.org/2016/tdb#";

	@TempDir
	Path dir;

	/** The registry's settings when nothing is configured. */
	private static RegistryProperties defaults() {
		return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("registry", RegistryProperties.class);
	}

	@Test
	void pointsAtTheRegistrysDefaultPublicDatabase() {
		Model config = RDFDataMgr.loadModel(CONFIG.toString());
		List<Statement> locations = config.listStatements(null, ResourceFactory.createProperty(TDB2, "location"), (String) null).toList();
		assertThat(locations).hasSize(1);
		Path location = Path.of(locations.get(0).getString());
		assertThat(location.normalize()).isEqualTo(defaults().dataDir().resolve("public").normalize());
	}

	@Test
	void servesWhatTheRegistryPublishedReadOnlyWithTheSameViewAndLimits() {
		String iri = "http://localhost:8080/dataset/para-fuseki";
		try (Services services = new Services(dir)) {
			Graph publisher = Rdf.parse("<http://localhost:8080/publisher/finanzas> a <http://xmlns.com/foaf/0.1/Agent> ; "
					+ "<http://xmlns.com/foaf/0.1/name> \"Finanzas\"@es .", Lang.TURTLE);
			services.records.put(new RecordRef(RecordKind.PUBLISHER, "finanzas"), publisher, RecordStatus.PUBLISHED, "test");
			services.records.put(new RecordRef(RecordKind.DATASET, "para-fuseki"),
					Rdf.parse(Fixtures.dataset("Para Fuseki").getBytes(), Lang.TURTLE, iri), RecordStatus.PUBLISHED, "test");
		}
		Model config = RDFDataMgr.loadModel(CONFIG.toString());
		Statement location = config.listStatements(null, ResourceFactory.createProperty(TDB2, "location"), (String) null).next();
		assertThat(Files.isDirectory(dir.resolve("public"))).isTrue();
		location.changeObject(dir.resolve("public").toString());

		Context server = new Context();
		List<DataAccessPoint> points = FusekiConfig.processServerConfiguration(config, server);
		assertThat(points).extracting(DataAccessPoint::getName).containsExactly(FusekiEndpoint.PATH);
		DataService service = points.get(0).getDataService();
		assertThat(service.getOperations()).containsExactlyInAnyOrder(Operation.Query, Operation.GSP_R);
		assertThat(service.getEndpoints(Operation.Query)).extracting(Endpoint::getName).containsExactly("");
		assertThat(service.getEndpoints(Operation.GSP_R)).extracting(Endpoint::getName).containsExactly(FusekiEndpoint.GRAPH_STORE);

		RegistryProperties.Sparql limits = defaults().sparql();
		assertThat(server.getAsString(ARQ.queryTimeout)).isEqualTo(Long.toString(limits.queryTimeout().toMillis()));
		assertThat(server.isFalse(ARQ.httpServiceAllowed)).isTrue();

		DatasetGraph dsg = service.getDataset();
		try {
			String ask = "ASK { <" + iri + "> a <http://www.w3.org/ns/dcat#Dataset> }";
			boolean inDefaultGraph = dsg.calculateRead(() -> QueryExec.dataset(dsg).query(ask).ask());
			assertThat(inDefaultGraph).as("the default graph is the union of the record graphs").isTrue();
			String graph = "ASK { GRAPH <" + iri + "> { <" + iri + "> a <http://www.w3.org/ns/dcat#Dataset> } }";
			assertThat(dsg.calculateRead(() -> QueryExec.dataset(dsg).query(graph).ask())).isTrue();
		}
		finally {
			TDBInternal.expel(dsg);
		}
	}

}
