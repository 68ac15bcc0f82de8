package org.registro.form;

import org.apache.jena.graph.Node;

/** The text that names a node in a form: its IRI, or {@code _:label} for a blank node. */
final class NodeIds {

	private NodeIds() {
	}

	static String id(Node n) {
		return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
	}

	static boolean matches(Node n, String id) {
		return id != null && (id.equals(id(n)) || id.equals(n.toString()));
	}

}
