package org.registro.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * Turns a submitted graph into the content of a record, or says why it cannot be one. A record
 * describes exactly one resource of its kind at the IRI its id gives (a harvested dataset: at the
 * IRI its source gives, see {@link Origin}); it may describe its own
 * details (distributions, contact points, periods) but not another record of the registry, so
 * one record can never rewrite what another says. The catalog record is the registry's to write:
 * a submitted one is dropped.
 */
final class RecordShaper {

	private final String baseUri;

	RecordShaper(String baseUri) {
		this.baseUri = baseUri;
	}

	/** Instances of the kind's class; only when there are none, instances of its subclasses. */
	private static List<Node> instances(Graph submitted, RecordKind kind, String iri) {
		List<Node> typed = subjectsOf(submitted, kind.type().asNode());
		if (!typed.isEmpty()) {
			return typed;
		}
		Set<Node> subjects = new LinkedHashSet<>();
		kind.subtypes().forEach((subtype) -> subjects.addAll(subjectsOf(submitted, subtype.asNode())));
		// An organization may describe its members (foaf:Person): the record is the one at its own IRI.
		Node own = NodeFactory.createURI(iri);
		return subjects.contains(own) ? List.of(own) : List.copyOf(subjects);
	}

	private static List<Node> subjectsOf(Graph graph, Node type) {
		return graph.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList();
	}

	/**
	 * @param origin where the record comes from: its subject is the IRI the described resource must
	 * have (a harvested dataset keeps its source's); the location stays the base of blank-node IRIs
	 */
	Graph shape(RecordRef ref, Graph submitted, Origin origin) {
		String iri = ref.iri(baseUri);
		String expected = origin.subjectOr(iri);
		if (!expected.equals(iri) && (ref.kind() != RecordKind.DATASET || isOwnSpace(expected))) {
			throw new InvalidRecordException("Only a dataset may keep another catalog's IRI, and not one under " + baseUri + "/: <"
					+ expected + ">");
		}
		List<Node> instances = instances(submitted, ref.kind(), expected);
		String type = ref.kind() == RecordKind.DATASET ? "dcat:Dataset" : "foaf:Agent";
		if (instances.size() != 1) {
			throw new InvalidRecordException("The body must describe exactly one " + type + "; it describes " + instances.size());
		}
		Node subject = instances.get(0);
		if (!subject.isURI() || !subject.getURI().equals(expected)) {
			String why = expected.equals(iri) ? "from the id in the URL" : "the IRI its source gives this harvested dataset";
			throw new InvalidRecordException("The " + type + " must have the IRI <" + expected + "> (" + why + "); the body has "
					+ (subject.isURI() ? "<" + subject.getURI() + ">" : "a blank node"));
		}
		Graph content = withoutCatalogRecords(submitted);
		content.add(subject, RDF.type.asNode(), ref.kind().type().asNode());
		rejectOtherRecords(iri, content);
		rejectUnwritableText(content);
		return Skolemizer.skolemize(iri, content);
	}

	private boolean isOwnSpace(String iri) {
		return iri.startsWith(baseUri + "/") || iri.equals(baseUri);
	}

	/** See {@link WritableText}. */
	private static void rejectUnwritableText(Graph content) {
		content.find().forEachRemaining((t) -> {
			Node o = t.getObject();
			if (o.isLiteral() && !WritableText.isWritable(o.getLiteralLexicalForm())) {
				throw new InvalidRecordException("The value of <" + t.getPredicate().getURI()
						+ "> holds a control character, which RDF/XML and web pages cannot carry; remove it");
			}
		});
	}

	private static Graph withoutCatalogRecords(Graph submitted) {
		Set<Node> records = new java.util.HashSet<>();
		submitted.find(Node.ANY, RDF.type.asNode(), DCAT.CatalogRecord.asNode()).forEachRemaining((t) -> records.add(t.getSubject()));
		Graph out = GraphFactory.createDefaultGraph();
		submitted.find().forEachRemaining((t) -> {
			if (!records.contains(t.getSubject()) && !records.contains(t.getObject())) {
				out.add(t);
			}
		});
		return out;
	}

	private void rejectOtherRecords(String iri, Graph content) {
		Set<String> others = new TreeSet<>();
		List<Node> subjects = new ArrayList<>();
		content.find().forEachRemaining((t) -> subjects.add(t.getSubject()));
		for (Node s : subjects) {
			if (s.isURI() && describesAnotherRecord(iri, s.getURI())) {
				others.add(s.getURI());
			}
		}
		if (!others.isEmpty()) {
			throw new InvalidRecordException("The body describes other records of this registry, which must be written through their own URLs: "
					+ String.join(", ", others));
		}
	}

	private boolean describesAnotherRecord(String own, String subject) {
		if (subject.equals(own) || subject.startsWith(own + "/") || subject.startsWith(own + "#")) {
			return false;
		}
		for (RecordKind kind : RecordKind.values()) {
			if (subject.startsWith(baseUri + "/" + kind.segment() + "/")) {
				return true;
			}
		}
		return subject.equals(baseUri + "/catalog");
	}

}
