package org.registro.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes form values into a copy of the original record: the objects each field manages are
 * replaced by the form's values, everything else is kept. An unchanged value keeps its original
 * term (datatype, language). New nested items get an IRI under the record in the pattern of the
 * record skolemizer ({@code {record}/distribution/{hex}}, else {@code {record}#n{hex}}), written
 * back into the values so that a re-rendered form keeps it; a removed item's own triples go with it.
 */
final class GraphWriter {

	private final Graph original;

	private final Graph out = GraphFactory.createDefaultGraph();

	private final Node record;

	private GraphWriter(Graph original, Node record) {
		this.original = original;
		this.record = record;
	}

	static Graph write(FormValues values, FormSpec spec, Node subject, Graph original) {
		GraphWriter w = new GraphWriter(original, subject);
		original.find().forEachRemaining(w.out::add);
		w.apply(values, spec, subject);
		if (!w.out.contains(subject, RDF.type.asNode(), Node.ANY)) {
			w.out.add(subject, RDF.type.asNode(), NodeFactory.createURI(spec.type()));
		}
		return w.out;
	}

	private void apply(FormValues values, FormSpec spec, Node subject) {
		for (FieldSpec f : spec.managedFields()) {
			List<Node> managed = GraphReader.managed(original, subject, f);
			if (f.kind() == FieldKind.NESTED) {
				nested(values, f, subject, managed);
				continue;
			}
			managed.forEach((m) -> out.delete(Triple.create(subject, f.pathNode(), m)));
			for (String lang : f.languages().isEmpty() ? List.of("") : f.languages()) {
				for (String text : lang.isEmpty() ? values.values(f.key()) : values.values(f.key(), lang)) {
					Node n = reused(managed, text, lang).orElseGet(() -> ValueParser.node(f, text, lang));
					if (n != null) {
						out.add(subject, f.pathNode(), n);
					}
				}
			}
		}
	}

	/** The original term shown as this text, so an untouched value is written back unchanged. */
	private static java.util.Optional<Node> reused(List<Node> managed, String text, String lang) {
		return managed.stream()
			.filter((m) -> m.isLiteral() ? m.getLiteralLexicalForm().equals(text) && (lang.isEmpty() || m.getLiteralLanguage().equalsIgnoreCase(lang))
					: NodeIds.id(m).equals(text))
			.findFirst();
	}

	private void nested(FormValues values, FieldSpec f, Node subject, List<Node> managed) {
		Set<Node> kept = new HashSet<>();
		for (FormValues item : values.items(f.key())) {
			Node n = resolve(item.node(), managed, kept);
			if (n == null) {
				if (!item.hasValues()) {
					continue;
				}
				n = fresh(f);
				item.node(NodeIds.id(n));
			}
			kept.add(n);
			out.add(subject, f.pathNode(), n);
			if (!original.contains(n, Node.ANY, Node.ANY) && f.nestedType() != null) {
				out.add(n, RDF.type.asNode(), NodeFactory.createURI(f.nestedType()));
			}
			apply(item, f.nested(), n);
		}
		for (Node m : managed) {
			if (!kept.contains(m)) {
				out.delete(Triple.create(subject, f.pathNode(), m));
				removeOwned(m);
			}
		}
	}

	/**
	 * The node an item edits: one of the field's current items, or an IRI under the record that the
	 * original does not use (a new item the form was re-rendered with). Anything else is ignored,
	 * so a submitted id can never make the form edit a node outside its own items.
	 */
	private Node resolve(String id, List<Node> managed, Set<Node> kept) {
		if (id == null || id.isBlank()) {
			return null;
		}
		for (Node m : managed) {
			if (NodeIds.matches(m, id) && !kept.contains(m)) {
				return m;
			}
		}
		if (!id.startsWith("_:") && minted(id)) {
			Node n = NodeFactory.createURI(id);
			boolean unused = !original.contains(n, Node.ANY, Node.ANY) && !original.contains(Node.ANY, Node.ANY, n);
			return unused && !kept.contains(n) && !out.contains(Node.ANY, Node.ANY, n) ? n : null;
		}
		return null;
	}

	/** A part the record already has: an IRI under its own (demo and API records may name them freely). */
	private boolean underRecord(String iri) {
		return record.isURI() && (iri.startsWith(record.getURI() + "/") || iri.startsWith(record.getURI() + "#"))
				&& iri.matches("[A-Za-z0-9:/#._~%-]+");
	}

	/**
	 * An address a client may give a new item: only the shapes the registry mints for a record's
	 * parts (here and in the record's Skolemizer), so nothing like {@code {record}/../publisher/x}.
	 */
	private boolean minted(String iri) {
		return record.isURI() && iri.startsWith(record.getURI()) && MINTED.matcher(iri.substring(record.getURI().length())).matches();
	}

	private static final java.util.regex.Pattern MINTED = java.util.regex.Pattern.compile("/distribution/[0-9a-f]{12}|#n[0-9a-f]{16}");

	private Node fresh(FieldSpec f) {
		if (!record.isURI()) {
			return NodeFactory.createBlankNode();
		}
		String hex = HexFormat.of().formatHex(randomBytes());
		boolean distribution = DCAT.Distribution.getURI().equals(f.nestedType());
		String iri = distribution ? record.getURI() + "/distribution/" + hex.substring(0, 12) : record.getURI() + "#n" + hex;
		return NodeFactory.createURI(iri);
	}

	private static byte[] randomBytes() {
		byte[] b = new byte[8];
		ThreadLocalRandom.current().nextBytes(b);
		return b;
	}

	/** Removes a dropped item's description, and that of the nodes only it pointed to, if they belong to the record. */
	private void removeOwned(Node n) {
		if (!(n.isBlank() || (n.isURI() && underRecord(n.getURI()))) || out.contains(Node.ANY, Node.ANY, n)) {
			return;
		}
		List<Triple> own = new ArrayList<>(out.find(n, Node.ANY, Node.ANY).toList());
		own.forEach(out::delete);
		own.forEach((t) -> removeOwned(t.getObject()));
	}

}
