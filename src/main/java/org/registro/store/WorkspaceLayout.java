package org.registro.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.record.HistoryEntry;
import org.registro.record.Origin;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.record.RecordSummary;
import org.registro.vocabulary.Registro;

/**
 * How records, their state and their history are laid out in the workspace database. Graph names
 * are {@code urn:x-registro:*} so they can never collide with a published IRI.
 */
final class WorkspaceLayout {

	static final Node STATE = Registro.StateGraph.asNode();

	static final Node SYSTEM = Registro.SystemGraph.asNode();

	private WorkspaceLayout() {
	}

	static Node subject(RecordRef ref) {
		return urn("record", ref);
	}

	static Node contentGraph(RecordRef ref) {
		return urn("content", ref);
	}

	static Node reportGraph(RecordRef ref) {
		return urn("report", ref);
	}

	static Node historyGraph(RecordRef ref) {
		return urn("history", ref);
	}

	private static Node urn(String what, RecordRef ref) {
		return NodeFactory.createURI("urn:x-registro:" + what + ":" + ref.kind().segment() + ":" + ref.id());
	}

	static Node flag(String name) {
		return NodeFactory.createURI("urn:x-registro:flag:" + name);
	}

	static RecordRef refOf(Node subject) {
		String[] parts = subject.getURI().split(":");
		return new RecordRef(RecordKind.fromSegment(parts[3]).orElseThrow(), parts[4]);
	}

	static List<Triple> stateTriples(RecordState s) {
		Node subj = subject(s.ref());
		List<Triple> out = new ArrayList<>();
		out.add(Triple.create(subj, Registro.status.asNode(), NodeFactory.createLiteralString(s.status().token())));
		out.add(Triple.create(subj, Registro.version.asNode(), longLit(s.version())));
		out.add(Triple.create(subj, Registro.publishedVersion.asNode(), longLit(s.publishedVersion())));
		out.add(Triple.create(subj, Registro.warnings.asNode(), longLit(s.warnings())));
		addTime(out, subj, Registro.created.asNode(), s.created());
		addTime(out, subj, Registro.modified.asNode(), s.modified());
		addTime(out, subj, Registro.firstPublished.asNode(), s.firstPublished());
		addTime(out, subj, Registro.published.asNode(), s.published());
		addTime(out, subj, Registro.withdrawn.asNode(), s.withdrawn());
		if (s.summary().publisher() != null) {
			out.add(Triple.create(subj, Registro.publisher.asNode(), NodeFactory.createURI(s.summary().publisher())));
		}
		s.summary().titles().forEach((lang, text) -> out.add(Triple.create(subj, Registro.title.asNode(),
				NodeFactory.createLiteralLang(text, lang))));
		Origin origin = s.summary().origin();
		addIri(out, subj, Registro.subject.asNode(), origin.subject());
		addIri(out, subj, DCTerms.source.asNode(), origin.source());
		addIri(out, subj, Registro.harvestSource.asNode(), origin.harvestSource());
		return out;
	}

	static Optional<RecordState> readState(DatasetGraph dsg, RecordRef ref) {
		Map<Node, Node> values = new HashMap<>();
		Map<String, String> titles = new HashMap<>();
		dsg.find(STATE, subject(ref), Node.ANY, Node.ANY).forEachRemaining((q) -> {
			if (q.getPredicate().equals(Registro.title.asNode())) {
				titles.put(q.getObject().getLiteralLanguage(), q.getObject().getLiteralLexicalForm());
			}
			else {
				values.put(q.getPredicate(), q.getObject());
			}
		});
		if (values.isEmpty()) {
			return Optional.empty();
		}
		Node publisher = values.get(Registro.publisher.asNode());
		// States written before origins were kept have none: local records.
		Origin origin = new Origin(iriOf(values, Registro.subject.asNode()), iriOf(values, DCTerms.source.asNode()),
				iriOf(values, Registro.harvestSource.asNode()));
		RecordSummary summary = new RecordSummary(publisher == null ? null : publisher.getURI(), titles, origin);
		return Optional.of(new RecordState(ref, RecordStatus.ofToken(values.get(Registro.status.asNode()).getLiteralLexicalForm()),
				longOf(values, Registro.version.asNode()), longOf(values, Registro.publishedVersion.asNode()),
				timeOf(values, Registro.created.asNode()), timeOf(values, Registro.modified.asNode()),
				timeOf(values, Registro.firstPublished.asNode()), timeOf(values, Registro.published.asNode()),
				timeOf(values, Registro.withdrawn.asNode()), (int) longOf(values, Registro.warnings.asNode()), summary));
	}

	/**
	 * The latest version's content and validation report are each kept as one N-Triples literal,
	 * not as quads: the workspace only ever reads them whole, and TDB2 pays a page copy per index
	 * for every quad and every new node in a write, which made these two graphs most of the cost of
	 * a write. The published content stays as quads in the public database, where it is queried.
	 */
	static void writeContent(DatasetGraph dsg, RecordRef ref, Graph content) {
		writeDocument(dsg, contentGraph(ref), ref, Registro.content.asNode(), content);
	}

	static Optional<Graph> readContent(DatasetGraph dsg, RecordRef ref) {
		return readDocument(dsg, contentGraph(ref), ref, Registro.content.asNode());
	}

	/** An empty report (a record with no warnings) is not kept. */
	static void writeReport(DatasetGraph dsg, RecordRef ref, Graph report) {
		boolean hasResults = report.find(Node.ANY, SHACL.result, Node.ANY).hasNext();
		writeDocument(dsg, reportGraph(ref), ref, Registro.validationReport.asNode(), hasResults ? report : GraphFactory.createDefaultGraph());
	}

	static Optional<Graph> readReport(DatasetGraph dsg, RecordRef ref) {
		return readDocument(dsg, reportGraph(ref), ref, Registro.validationReport.asNode());
	}

	private static void writeDocument(DatasetGraph dsg, Node g, RecordRef ref, Node property, Graph graph) {
		dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
		if (!graph.isEmpty()) {
			String text = RDFWriter.source(graph).lang(Lang.NTRIPLES).asString();
			dsg.add(g, subject(ref), property, NodeFactory.createLiteralString(text));
		}
	}

	private static Optional<Graph> readDocument(DatasetGraph dsg, Node g, RecordRef ref, Node property) {
		var found = dsg.find(g, subject(ref), property, Node.ANY);
		if (!found.hasNext()) {
			return Optional.empty();
		}
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(found.next().getObject().getLiteralLexicalForm(), Lang.NTRIPLES).parse(graph);
		return Optional.of(graph);
	}

	static List<Quad> historyQuads(RecordRef ref, HistoryEntry e) {
		Node g = historyGraph(ref);
		Node s = NodeFactory.createURI("urn:x-registro:change:" + ref.kind().segment() + ":" + ref.id() + ":" + e.version());
		List<Quad> out = new ArrayList<>();
		out.add(Quad.create(g, s, RDF.type.asNode(), Registro.Change.asNode()));
		out.add(Quad.create(g, s, Registro.version.asNode(), longLit(e.version())));
		out.add(Quad.create(g, s, Registro.at.asNode(), timeLit(e.at())));
		out.add(Quad.create(g, s, Registro.actor.asNode(), NodeFactory.createLiteralString(e.actor())));
		out.add(Quad.create(g, s, Registro.action.asNode(), NodeFactory.createLiteralString(e.action())));
		out.add(Quad.create(g, s, Registro.status.asNode(), NodeFactory.createLiteralString(e.statusAfter().token())));
		out.add(Quad.create(g, s, Registro.added.asNode(), longLit(e.added())));
		out.add(Quad.create(g, s, Registro.removed.asNode(), longLit(e.removed())));
		out.add(Quad.create(g, s, Registro.patch.asNode(), NodeFactory.createLiteralString(e.patch())));
		if (e.comment() != null) {
			out.add(Quad.create(g, s, Registro.comment.asNode(), NodeFactory.createLiteralString(e.comment())));
		}
		return out;
	}

	static List<HistoryEntry> readHistory(DatasetGraph dsg, RecordRef ref) {
		Map<Node, Map<Node, Node>> bySubject = new HashMap<>();
		dsg.find(historyGraph(ref), Node.ANY, Node.ANY, Node.ANY)
			.forEachRemaining((q) -> bySubject.computeIfAbsent(q.getSubject(), (k) -> new HashMap<>()).put(q.getPredicate(), q.getObject()));
		return bySubject.values()
			.stream()
			.map((v) -> new HistoryEntry(longOf(v, Registro.version.asNode()), timeOf(v, Registro.at.asNode()),
					v.get(Registro.actor.asNode()).getLiteralLexicalForm(), v.get(Registro.action.asNode()).getLiteralLexicalForm(),
					RecordStatus.ofToken(v.get(Registro.status.asNode()).getLiteralLexicalForm()),
					(int) longOf(v, Registro.added.asNode()), (int) longOf(v, Registro.removed.asNode()),
					v.get(Registro.patch.asNode()).getLiteralLexicalForm(),
					v.containsKey(Registro.comment.asNode()) ? v.get(Registro.comment.asNode()).getLiteralLexicalForm() : null))
			.sorted(Comparator.comparingLong(HistoryEntry::version))
			.toList();
	}

	private static void addIri(List<Triple> out, Node s, Node p, String iri) {
		if (iri != null) {
			out.add(Triple.create(s, p, NodeFactory.createURI(iri)));
		}
	}

	private static String iriOf(Map<Node, Node> values, Node p) {
		Node n = values.get(p);
		return n == null ? null : n.getURI();
	}

	private static void addTime(List<Triple> out, Node s, Node p, Instant t) {
		if (t != null) {
			out.add(Triple.create(s, p, timeLit(t)));
		}
	}

	static Node timeLit(Instant t) {
		return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
	}

	private static Node longLit(long v) {
		return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
	}

	private static long longOf(Map<Node, Node> values, Node p) {
		Node n = values.get(p);
		return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
	}

	private static Instant timeOf(Map<Node, Node> values, Node p) {
		Node n = values.get(p);
		return n == null ? null : Instant.parse(n.getLiteralLexicalForm());
	}

}
