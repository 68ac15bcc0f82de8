package org.registro.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * Replaces blank nodes with stable IRIs so that every part of a record can be addressed, diffed
 * and harvested. The IRI is derived from the node's content, not from parse order, so the same
 * submission always gives the same IRIs:
 * <ul>
 * <li>a blank-node distribution becomes {@code {record}/distribution/{key}}, the key hashed from its
 * access and download URLs (its identity for a harvester), or from its whole description when
 * two distributions share those URLs;</li>
 * <li>any other blank node becomes {@code {record}#n{hash}}, hashed from its description.</li>
 * </ul>
 */
final class Skolemizer {

	private final String recordIri;

	private final Graph graph;

	private final Map<Node, String> hashes = new HashMap<>();

	private Skolemizer(String recordIri, Graph graph) {
		this.recordIri = recordIri;
		this.graph = graph;
	}

	static Graph skolemize(String recordIri, Graph graph) {
		return new Skolemizer(recordIri, graph).run();
	}

	private Graph run() {
		Map<Node, Node> replacement = new HashMap<>();
		Set<String> used = new HashSet<>();
		for (Node b : blankNodes()) {
			String iri = isDistribution(b) ? distributionIri(b, used) : recordIri + "#n" + hash(b, new HashSet<>()).substring(0, 16);
			replacement.put(b, NodeFactory.createURI(iri));
		}
		if (replacement.isEmpty()) {
			return graph;
		}
		Graph out = GraphFactory.createDefaultGraph();
		graph.find().forEachRemaining((t) -> out.add(Triple.create(replacement.getOrDefault(t.getSubject(), t.getSubject()),
				t.getPredicate(), replacement.getOrDefault(t.getObject(), t.getObject()))));
		return out;
	}

	private List<Node> blankNodes() {
		Set<Node> seen = new HashSet<>();
		graph.find().forEachRemaining((t) -> {
			if (t.getSubject().isBlank()) {
				seen.add(t.getSubject());
			}
			if (t.getObject().isBlank()) {
				seen.add(t.getObject());
			}
		});
		// Sorted by content hash so that collisions are resolved the same way every time.
		List<Node> nodes = new ArrayList<>(seen);
		nodes.sort((a, b) -> hash(a, new HashSet<>()).compareTo(hash(b, new HashSet<>())));
		return nodes;
	}

	private boolean isDistribution(Node b) {
		return graph.contains(b, RDF.type.asNode(), DCAT.Distribution.asNode()) || graph.contains(Node.ANY, DCAT.distribution.asNode(), b);
	}

	private String distributionIri(Node b, Set<String> used) {
		List<String> urls = new ArrayList<>();
		graph.find(b, DCAT.accessURL.asNode(), Node.ANY).forEachRemaining((t) -> urls.add("a" + NodeFmtLib.strNT(t.getObject())));
		graph.find(b, DCAT.downloadURL.asNode(), Node.ANY).forEachRemaining((t) -> urls.add("d" + NodeFmtLib.strNT(t.getObject())));
		urls.sort(null);
		String key = sha256(String.join("\n", urls)).substring(0, 12);
		if (urls.isEmpty() || !used.add(key)) {
			key = hash(b, new HashSet<>()).substring(0, 12);
			used.add(key);
		}
		return recordIri + "/distribution/" + key;
	}

	/** A hash of the node's outgoing triples, nested blank nodes by their own hash. */
	private String hash(Node node, Set<Node> visiting) {
		String known = hashes.get(node);
		if (known != null) {
			return known;
		}
		if (!visiting.add(node)) {
			return "cycle";
		}
		List<String> lines = new ArrayList<>();
		graph.find(node, Node.ANY, Node.ANY).forEachRemaining((t) -> {
			Node o = t.getObject();
			lines.add(NodeFmtLib.strNT(t.getPredicate()) + " " + (o.isBlank() ? "_:" + hash(o, visiting) : NodeFmtLib.strNT(o)));
		});
		lines.sort(null);
		String h = sha256(recordIri + "\n" + String.join("\n", lines));
		visiting.remove(node);
		hashes.put(node, h);
		return h;
	}

	private static String sha256(String s) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
