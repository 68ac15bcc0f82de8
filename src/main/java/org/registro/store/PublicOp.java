package org.registro.store;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/** One change to the public projection. */
public sealed interface PublicOp {

	String graph();

	/** Replaces a whole graph (a published record). */
	record Replace(String graph, Graph content) implements PublicOp {
	}

	/** Removes a whole graph (a withdrawn record). */
	record Drop(String graph) implements PublicOp {
	}

	/** Adds triples to a shared graph (the catalog's dcat:dataset links). */
	record Add(String graph, List<Triple> triples) implements PublicOp {
	}

	/** Removes triples from a shared graph. */
	record Remove(String graph, List<Triple> triples) implements PublicOp {
	}

}
