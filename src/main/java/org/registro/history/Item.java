package org.registro.history;

import org.apache.jena.graph.Node;

/**
 * A part of a record whose fields a diff compares: the main resource, a distribution (by its
 * IRI, which the registry derives from its URLs), the catalog record, or a nested node such as a
 * contact point or a period. A nested node is known by where it hangs (parent and property), not
 * by its IRI: the registry names it by a hash of its content, so its IRI changes with any edit.
 */
record Item(Role role, Node node, Item parent, Node via) {

	enum Role {

		MAIN, DISTRIBUTION, RECORD, NESTED, OTHER

	}

	static Item of(Role role, Node node) {
		return new Item(role, node, null, null);
	}

	static Item nested(Item parent, Node via) {
		return new Item(Role.NESTED, null, parent, via);
	}

	/** The distribution this item is part of (itself included), or null. */
	Item distribution() {
		if (role == Role.DISTRIBUTION) {
			return this;
		}
		return parent == null ? null : parent.distribution();
	}

}
