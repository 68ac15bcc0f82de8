package org.registro.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.harvest.CollectingSink;
import org.registro.harvest.ckan.CkanReader;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.SourceRecord;
import org.registro.support.MapOutbound;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.support.Services;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo dataset written as a package dict by our own CKAN API ({@link PackageDicts}) and read back
 * by the CKAN harvest reader: what the dict carries survives the trip.
 */
class CkanRoundTripTest {

	private static final String BASE = RegistryTest.BASE;

	private static final String DATASET = BASE + "/dataset/presupuesto-egresos-2025";

	@TempDir
	Path data;

	@Test
	void aDemoDatasetSurvivesOurCkanApiAndTheCkanReader() throws IOException {
		Graph original = skolemized(demo("datasets/presupuesto-egresos-2025.ttl"));
		Graph publisher = demo("publishers/finanzas.ttl");
		PackageDicts dicts = new PackageDicts(Services.properties(data), Services.vocabularies());
		Map<String, Object> dict = dicts.live("presupuesto-egresos-2025", DATASET, original,
				(iri) -> iri.equals(BASE + "/publisher/finanzas") ? publisher : GraphFactory.createDefaultGraph());
		JsonMapper json = JsonMapper.builder().build();
		String body = "{\"success\": true, \"result\": {\"count\": 1, \"results\": [" + json.writeValueAsString(dict) + "]}}";
		MapOutbound outbound = new MapOutbound().route((uri) -> MapOutbound.Answer.json(body));
		CollectingSink sink = new CollectingSink();
		ReadOutcome outcome = new CkanReader(outbound, new ValueTables(Services.vocabularies()))
			.read(new ReadRequest(URI.create(BASE), Map.of(), 100, null, null), sink);

		assertThat(outcome.complete()).isTrue();
		SourceRecord record = sink.records.getFirst();
		assertThat(record.key()).isEqualTo(DATASET);
		Graph back = record.graph();
		assertThat(Rdf.ask(back, "ASK { <" + DATASET + "> dct:title ?t FILTER(str(?t) = \"Presupuesto de Egresos del Estado de Valle de Anáhuac 2025\") }"))
			.isTrue();
		assertThat(Rdf.ask(back, "ASK { <" + DATASET + "> dct:publisher <" + BASE + "/publisher/finanzas> . <" + BASE
				+ "/publisher/finanzas> foaf:name ?n FILTER(str(?n) = \"Secretaría de Finanzas del Estado de Valle de Anáhuac\") }")).isTrue();
		for (String values : new String[] {
				"?d dcat:accessURL ?v", "?d dcat:downloadURL ?v", "?d dct:format ?v", "?d dcat:mediaType ?v", "?d dct:license ?v",
				"?d dcat:byteSize ?v", "?d dct:modified ?v", "?d adms:status ?v" }) {
			String q = "SELECT ?d ?v { <" + DATASET + "> dcat:distribution ?d . " + values + " }";
			assertThat(rows(back, q)).as(values).isEqualTo(rows(original, q)).isNotEmpty();
		}
		for (String p : new String[] { "dct:identifier", "dcat:theme", "dcat:keyword", "dct:spatial", "dct:accrualPeriodicity", "dct:issued",
				"dct:modified", "dct:language", "dct:accessRights", "dcat:landingPage" }) {
			String q = "SELECT ?v { <" + DATASET + "> " + p + " ?x BIND(str(?x) AS ?v) }";
			assertThat(rows(back, q)).as(p).isEqualTo(rows(original, q)).isNotEmpty();
		}
		String contact = "PREFIX vcard: <http://www.w3.org/2006/vcard/ns#> SELECT ?n ?e { <" + DATASET
				+ "> dcat:contactPoint [ vcard:fn ?n ; vcard:hasEmail ?e ] }";
		assertThat(rows(back, contact)).isEqualTo(rows(original, contact)).hasSize(1);
		String period = "SELECT ?s ?e { <" + DATASET + "> dct:temporal [ dcat:startDate ?s ; dcat:endDate ?e ] }";
		assertThat(rows(back, period)).isEqualTo(rows(original, period)).hasSize(1);
	}

	private static Graph demo(String path) throws IOException {
		return Rdf.parse(Files.readAllBytes(Path.of("src/main/resources/demo", path)), Lang.TURTLE, BASE + "/");
	}

	/** As the store keeps records: blank nodes (contact point, period) become IRIs, which the CKAN API reads. */
	private static Graph skolemized(Graph g) {
		Map<Node, Node> iris = new HashMap<>();
		Graph out = GraphFactory.createDefaultGraph();
		g.find().forEachRemaining((t) -> out.add(Triple.create(skolem(t.getSubject(), iris), t.getPredicate(), skolem(t.getObject(), iris))));
		return out;
	}

	private static Node skolem(Node n, Map<Node, Node> iris) {
		return n.isBlank() ? iris.computeIfAbsent(n, (b) -> NodeFactory.createURI(DATASET + "#node-" + iris.size())) : n;
	}

	/** The rows of a query as text, for comparing two graphs' answers as sets. */
	private static Set<String> rows(Graph g, String select) {
		Set<String> out = new TreeSet<>();
		try (var exec = QueryExec.graph(g).query(Rdf.PREFIXES + select).build()) {
			exec.select().forEachRemaining((b) -> out.add(b.toString()));
		}
		return out;
	}

}
