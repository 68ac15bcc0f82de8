package org.registro.record;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** Differences between versions of a record as RDF Patch text, and versions rebuilt from them. */
final class Patches {

	/** The triples of {@code after} not in {@code before}, and the reverse. */
	record Diff(List<Triple> added, List<Triple> removed) {

		boolean isEmpty() {
			return added.isEmpty() && removed.isEmpty();
		}

	}

	private Patches() {
	}

	static Diff diff(Graph before, Graph after) {
		List<Triple> added = after.find().filterDrop(before::contains).toList();
		List<Triple> removed = before.find().filterDrop(after::contains).toList();
		return new Diff(added, removed);
	}

	/** The diff as an RDF Patch applied to the graph named after the record. */
	static String toPatch(String graphIri, Diff diff) {
		Node g = NodeFactory.createURI(graphIri);
		RDFPatch patch = RDFPatchOps.build((changes) -> {
			changes.txnBegin();
			diff.removed().forEach((t) -> changes.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
			diff.added().forEach((t) -> changes.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
			changes.txnCommit();
		});
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RDFPatchOps.write(out, patch);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** The content after each entry of the history, in order, rebuilt in one pass. */
	static List<Graph> rebuildAll(String graphIri, List<HistoryEntry> history) {
		DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
		Node g = NodeFactory.createURI(graphIri);
		List<Graph> out = new java.util.ArrayList<>();
		for (HistoryEntry e : history) {
			if (!e.patch().isBlank()) {
				RDFPatchOps.applyChange(dsg, RDFPatchOps.read(new ByteArrayInputStream(e.patch().getBytes(StandardCharsets.UTF_8))));
			}
			Graph copy = GraphFactory.createDefaultGraph();
			dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((q) -> copy.add(q.asTriple()));
			out.add(copy);
		}
		return out;
	}

	/** Rebuilds the content of a version by applying the patches of all versions up to it. */
	static Graph rebuild(String graphIri, List<HistoryEntry> history, long version) {
		DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
		for (HistoryEntry e : history) {
			if (e.version() > version) {
				break;
			}
			if (!e.patch().isBlank()) {
				RDFPatchOps.applyChange(dsg, RDFPatchOps.read(new ByteArrayInputStream(e.patch().getBytes(StandardCharsets.UTF_8))));
			}
		}
		Graph out = GraphFactory.createDefaultGraph();
		dsg.find(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY).forEachRemaining((q) -> out.add(q.asTriple()));
		return out;
	}

}
