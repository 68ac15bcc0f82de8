package org.registro.sparql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.tdb2.TDB2;
import org.registro.store.SparqlFiles;

/**
 * The figures of a VoID description, counted over the endpoint's default graph (the union of the
 * named graphs, so a triple in two graphs counts once).
 *
 * @param classes instances per class IRI
 * @param properties triples per property IRI
 */
record VoidStatistics(long triples, long distinctSubjects, long distinctObjects, long entities, Map<String, Long> classes,
		Map<String, Long> properties, List<String> examples, Instant computed) {

	/** Counts, inside the caller's read transaction. */
	static VoidStatistics count(DatasetGraph dsg, String uriSpace) {
		Map<String, Long> properties = new LinkedHashMap<>();
		select(dsg, "void/property-partitions", null, null,
				(b) -> properties.put(b.get("property").getURI(), number(b, "triples")));
		Map<String, Long> classes = new LinkedHashMap<>();
		select(dsg, "void/class-partitions", null, null, (b) -> {
			if (b.get("class").isURI()) {
				classes.put(b.get("class").getURI(), number(b, "entities"));
			}
		});
		long[] distinct = new long[2];
		select(dsg, "void/distinct-nodes", null, null, (b) -> {
			distinct[0] = number(b, "subjects");
			distinct[1] = number(b, "objects");
		});
		long[] entities = new long[1];
		select(dsg, "void/entities", "space", uriSpace, (b) -> entities[0] = number(b, "entities"));
		List<String> examples = new ArrayList<>();
		select(dsg, "void/examples", null, null, (b) -> examples.add(b.get("resource").getURI()));
		long triples = properties.values().stream().mapToLong(Long::longValue).sum();
		return new VoidStatistics(triples, distinct[0], distinct[1], entities[0], classes, properties, List.copyOf(examples),
				Instant.now());
	}

	private static void select(DatasetGraph dsg, String query, String var, String value, Consumer<Binding> row) {
		QueryExecBuilder exec = QueryExec.dataset(dsg).query(SparqlFiles.query(query)).set(TDB2.symUnionDefaultGraph, true);
		if (var != null) {
			exec.substitution(var, NodeFactory.createLiteralString(value));
		}
		exec.select().forEachRemaining(row);
	}

	private static long number(Binding b, String var) {
		return ((Number) b.get(var).getLiteralValue()).longValue();
	}

}
