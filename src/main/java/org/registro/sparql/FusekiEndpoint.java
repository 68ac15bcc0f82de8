package org.registro.sparql;

import jakarta.servlet.ServletContext;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.system.FusekiCore;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.ServletContextAware;

/**
 * The Fuseki data service behind {@code /sparql}. The query operation is the unnamed endpoint, so
 * {@code /sparql} itself answers queries; {@code /sparql/data} is a read-only Graph Store endpoint.
 * No update or upload operation is registered, so none can be dispatched. The endpoints' context
 * makes the default graph the union of the named graphs (as {@code tdb2:unionDefaultGraph} does in
 * {@code fuseki-config/config.ttl}) and carries the time limit, without changing how the rest of the
 * registry reads the same database. Federated queries ({@code SERVICE}) are refused.
 */
@Component
class FusekiEndpoint implements ServletContextAware {

	/** The Fuseki dataset name: the path of the endpoint. */
	static final String PATH = "/sparql";

	/** The Graph Store endpoint, under {@link #PATH}. */
	static final String GRAPH_STORE = "data";

	private final DataAccessPointRegistry points = new DataAccessPointRegistry();

	private final OperationRegistry operations = OperationRegistry.createEmpty();

	FusekiEndpoint(RecordStore store, RegistryProperties properties) {
		FusekiCore.init();
		RegistryProperties.Sparql limits = properties.sparql();
		Context context = new Context();
		context.set(TDB2.symUnionDefaultGraph, true);
		context.set(ARQ.queryTimeout, Long.toString(limits.queryTimeout().toMillis()));
		// SERVICE would make the registry fetch any URL a stranger names, inside our network.
		context.set(ARQ.httpServiceAllowed, false);
		operations.register(Operation.Query, new CappedQuery(limits.maxRows(), limits.maxTriples()));
		operations.register(Operation.GSP_R, new GSP_R());
		DataService service = DataService.newBuilder(store.publicDataset())
			.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("").context(context).build())
			.addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName(GRAPH_STORE).context(context).build())
			.build();
		service.setEndpointProcessors(operations);
		service.goActive();
		points.register(new DataAccessPoint(PATH, service));
	}

	/** Fuseki's dispatcher finds its registries in the servlet context. */
	@Override
	public void setServletContext(ServletContext servletContext) {
		DataAccessPointRegistry.set(servletContext, points);
		OperationRegistry.set(servletContext, operations);
	}

}
