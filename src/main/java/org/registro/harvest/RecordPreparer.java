package org.registro.harvest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.registro.harvest.dcat.IriRepairs;
import org.registro.harvest.read.SourceRecord;
import org.registro.record.Origin;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;

/**
 * Decides what a source record is here: its key across runs, its record id, its dataset IRI, its
 * publisher, and its origin.
 * <ul>
 * <li>A dataset with an IRI keeps it; its key is the IRI.</li>
 * <li>A blank-node dataset gets this registry's IRI for its record; its key is, in this order, its
 * identifier, its landing page, its distributions' first access or download URL, or a hash of its
 * description — so it keeps its IRI from run to run as long as that key does not change.</li>
 * <li>The record id is {@code {source}-{name}-{hash}}, the name taken from the key, the hash of the
 * key making it unique; once given, it is kept for that key.</li>
 * </ul>
 */
final class RecordPreparer {

	private final String baseUri;

	private final ValueRepairs values;

	RecordPreparer(String baseUri, ValueRepairs values) {
		this.baseUri = baseUri;
		this.values = values;
	}

	String baseUri() {
		return baseUri;
	}

	/** What identifies the record from run to run. */
	static String key(SourceRecord r) {
		String given = r.key();
		if (given != null) {
			return given;
		}
		Graph g = r.graph();
		Node d = r.subject();
		Node landing = first(g, d, DCAT.landingPage.asNode());
		if (landing != null) {
			return "landing:" + value(landing);
		}
		TreeSet<String> urls = new TreeSet<>();
		g.find(d, DCAT.distribution.asNode(), Node.ANY).forEachRemaining((t) -> {
			for (Node p : List.of(DCAT.accessURL.asNode(), DCAT.downloadURL.asNode())) {
				g.find(t.getObject(), p, Node.ANY).forEachRemaining((u) -> urls.add(value(u.getObject())));
			}
		});
		if (!urls.isEmpty()) {
			return "access:" + urls.first();
		}
		TreeSet<String> description = new TreeSet<>();
		g.find(d, Node.ANY, Node.ANY).filterKeep((t) -> !t.getObject().isBlank())
			.forEachRemaining((t) -> description.add(t.getPredicate().getURI() + " " + value(t.getObject())));
		return "content:" + HarvestStore.sha256(String.join("\n", description));
	}

	/** A new record id for a key of a source. */
	static String mintId(String sourceId, String key) {
		String tail = key.replaceFirst("^(identifier|landing|access|content):", "");
		tail = tail.replaceAll("[/#?]+$", "");
		int cut = Math.max(tail.lastIndexOf('/'), Math.max(tail.lastIndexOf('#'), tail.lastIndexOf('=')));
		tail = key.startsWith("content:") ? "" : tail.substring(cut + 1);
		String slug = Normalizer.normalize(tail, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		int room = 100 - sourceId.length() - 10;
		slug = slug.length() > Math.min(room, 50) ? slug.substring(0, Math.min(room, 50)).replaceAll("-+$", "") : slug;
		String hash = HarvestStore.sha256(key).substring(0, 8);
		return slug.isEmpty() ? sourceId + "-" + hash : sourceId + "-" + slug + "-" + hash;
	}

	/**
	 * The record ready to write.
	 * @throws RejectedRecord when it cannot be a record of this registry
	 */
	Prepared prepare(HarvestSource source, SourceRecord r, String key, String recordId) {
		RecordRef ref = new RecordRef(RecordKind.DATASET, recordId);
		Graph g = GraphFactory.createDefaultGraph();
		r.graph().find().forEachRemaining(g::add);
		List<String> notes = new ArrayList<>(IriRepairs.repair(g));
		notes.addAll(values.repair(g));
		Node subject = r.subject();
		if (subject.isURI() && subject.getURI().startsWith(baseUri + "/")) {
			throw new RejectedRecord("own-namespace", "the dataset IRI <" + subject.getURI()
					+ "> is in this registry's own namespace; a registry does not harvest itself");
		}
		String sourceRecord = catalogRecord(g, subject);
		if (subject.isBlank()) {
			Node own = NodeFactory.createURI(ref.iri(baseUri));
			replace(g, subject, own);
			subject = own;
		}
		publisher(g, subject, source.publisher());
		// Not the page it was found on: pages shift as a source changes, and the origin must not.
		Origin origin = new Origin(r.subject().isURI() ? r.subject().getURI() : null, sourceRecord != null ? sourceRecord : source.url().toString(),
				baseUri + "/harvest/sources/" + source.id());
		return new Prepared(key, ref, g, origin, r.location(), notes);
	}

	/** Takes out the source's catalog record link, returning the record's IRI. */
	private static String catalogRecord(Graph g, Node subject) {
		List<Triple> links = g.find(Node.ANY, FOAF.primaryTopic.asNode(), subject).toList();
		links.forEach(g::delete);
		return links.stream().map(Triple::getSubject).filter(Node::isURI).map(Node::getURI).findFirst().orElse(null);
	}

	/**
	 * The source's publisher is replaced by the target publisher when the source has one; otherwise
	 * kept, and typed {@code foaf:Agent} (the range of {@code dct:publisher} in DCAT-AP) when the
	 * source does not type it.
	 */
	private static void publisher(Graph g, Node subject, String target) {
		List<Triple> named = g.find(subject, DCTerms.publisher.asNode(), Node.ANY).toList();
		if (target != null) {
			named.forEach(g::delete);
			for (Triple t : named) {
				Node old = t.getObject();
				if (!g.contains(Node.ANY, Node.ANY, old)) {
					g.find(old, Node.ANY, Node.ANY).toList().forEach(g::delete);
				}
			}
			g.add(Triple.create(subject, DCTerms.publisher.asNode(), NodeFactory.createURI(target)));
			return;
		}
		for (Triple t : named) {
			Node p = t.getObject();
			boolean typed = List.of(FOAF.Agent, FOAF.Organization, FOAF.Person, FOAF.Group).stream()
				.anyMatch((c) -> g.contains(p, RDF.type.asNode(), c.asNode()));
			if (!p.isLiteral() && !typed) {
				g.add(Triple.create(p, RDF.type.asNode(), FOAF.Agent.asNode()));
			}
		}
	}

	private static void replace(Graph g, Node from, Node to) {
		List<Triple> old = g.find().filterKeep((t) -> t.getSubject().equals(from) || t.getObject().equals(from)).toList();
		for (Triple t : old) {
			g.delete(t);
			g.add(Triple.create(t.getSubject().equals(from) ? to : t.getSubject(), t.getPredicate(),
					t.getObject().equals(from) ? to : t.getObject()));
		}
	}

	private static Node first(Graph g, Node s, Node p) {
		return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
	}

	private static String value(Node n) {
		return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "_";
	}

	/** A source record that cannot become a record here; {@code code} names why for the report. */
	static final class RejectedRecord extends RuntimeException {

		private final String code;

		RejectedRecord(String code, String detail) {
			super(detail);
			this.code = code;
		}

		String code() {
			return code;
		}

	}

}
