package org.registro.harvest;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceType;
import org.registro.vocabulary.HarvestTerms;

/** Sources, jobs and entries as triples, and back. */
final class HarvestGraph {

	private HarvestGraph() {
	}

	static void writeSource(Graph g, Node s, HarvestSource src) {
		add(g, s, RDF.type.asNode(), HarvestTerms.Source.asNode());
		add(g, s, HarvestTerms.title.asNode(), str(src.title()));
		add(g, s, HarvestTerms.url.asNode(), str(src.url().toString()));
		add(g, s, HarvestTerms.type.asNode(), str(src.type().token()));
		if (src.publisher() != null) {
			add(g, s, HarvestTerms.publisher.asNode(), NodeFactory.createURI(src.publisher()));
		}
		add(g, s, HarvestTerms.schedule.asNode(), str(src.schedule().token()));
		add(g, s, HarvestTerms.enabled.asNode(), NodeFactory.createLiteralDT(Boolean.toString(src.enabled()), XSDDatatype.XSDboolean));
		add(g, s, HarvestTerms.pageSize.asNode(), integer(src.options().pageSize()));
		if (src.options().format() != null) {
			add(g, s, HarvestTerms.format.asNode(), str(src.options().format()));
		}
		add(g, s, HarvestTerms.validationMode.asNode(), str(src.options().validation().token()));
		int n = 0;
		for (Map.Entry<String, String> h : new TreeMap<>(src.options().headers()).entrySet()) {
			Node header = NodeFactory.createURI(s.getURI() + "#header-" + n++);
			add(g, s, HarvestTerms.header.asNode(), header);
			add(g, header, HarvestTerms.headerName.asNode(), str(h.getKey()));
			add(g, header, HarvestTerms.headerValue.asNode(), str(h.getValue()));
		}
		add(g, s, HarvestTerms.created.asNode(), time(src.created()));
		if (src.createdBy() != null) {
			add(g, s, HarvestTerms.createdBy.asNode(), str(src.createdBy()));
		}
	}

	static HarvestSource readSource(Graph g, Node s, String id) {
		Map<String, String> headers = new TreeMap<>();
		g.find(s, HarvestTerms.header.asNode(), Node.ANY).forEachRemaining((t) -> headers
			.put(text(g, t.getObject(), HarvestTerms.headerName.asNode()), text(g, t.getObject(), HarvestTerms.headerValue.asNode())));
		SourceOptions options = new SourceOptions(Integer.parseInt(text(g, s, HarvestTerms.pageSize.asNode())), headers,
				text(g, s, HarvestTerms.format.asNode()),
				ValidationMode.fromToken(text(g, s, HarvestTerms.validationMode.asNode())).orElse(ValidationMode.REJECT));
		Node publisher = object(g, s, HarvestTerms.publisher.asNode());
		return new HarvestSource(id, text(g, s, HarvestTerms.title.asNode()), URI.create(text(g, s, HarvestTerms.url.asNode())),
				SourceType.fromToken(text(g, s, HarvestTerms.type.asNode())).orElseThrow(),
				publisher == null ? null : publisher.getURI(), new Schedule(text(g, s, HarvestTerms.schedule.asNode())),
				Boolean.parseBoolean(text(g, s, HarvestTerms.enabled.asNode())), options, instant(g, s, HarvestTerms.created.asNode()),
				text(g, s, HarvestTerms.createdBy.asNode()));
	}

	/** Only the job's own triples and its run errors; entries are written apart. */
	static void writeJob(Graph g, Node j, Node source, HarvestJob job) {
		add(g, j, RDF.type.asNode(), HarvestTerms.Job.asNode());
		add(g, j, RDF.type.asNode(), HarvestTerms.Activity.asNode());
		add(g, j, HarvestTerms.used.asNode(), source);
		add(g, j, HarvestTerms.source.asNode(), str(job.sourceId()));
		add(g, j, HarvestTerms.jobStatus.asNode(), str(job.status().token()));
		add(g, j, HarvestTerms.incremental.asNode(), bool(job.incremental()));
		add(g, j, HarvestTerms.complete.asNode(), bool(job.complete()));
		if (job.startedBy() != null) {
			add(g, j, HarvestTerms.startedBy.asNode(), str(job.startedBy()));
		}
		add(g, j, HarvestTerms.created.asNode(), time(job.queued()));
		if (job.started() != null) {
			add(g, j, HarvestTerms.startedAtTime.asNode(), time(job.started()));
		}
		if (job.finished() != null) {
			add(g, j, HarvestTerms.endedAtTime.asNode(), time(job.finished()));
		}
		add(g, j, HarvestTerms.pages.asNode(), integer(job.pages()));
		for (Outcome o : Outcome.values()) {
			Node c = NodeFactory.createURI(j.getURI() + "#" + o.token());
			add(g, j, HarvestTerms.count.asNode(), c);
			add(g, c, HarvestTerms.outcome.asNode(), str(o.token()));
			add(g, c, RDF.value.asNode(), integer(job.count(o)));
		}
		int n = 0;
		for (RunError e : job.errors()) {
			Node err = NodeFactory.createURI(j.getURI() + "#error-" + n);
			add(g, j, HarvestTerms.runError.asNode(), err);
			add(g, err, HarvestTerms.position.asNode(), integer(n++));
			add(g, err, HarvestTerms.location.asNode(), str(e.url()));
			add(g, err, HarvestTerms.code.asNode(), str(e.code()));
			add(g, err, HarvestTerms.detail.asNode(), str(e.detail()));
		}
	}

	/** The nodes {@link #writeJob} wrote (to replace them). */
	static List<Triple> jobTriples(Graph g, Node j) {
		List<Triple> out = new ArrayList<>(g.find(j, Node.ANY, Node.ANY).toList());
		for (Triple t : List.copyOf(out)) {
			if (t.getPredicate().equals(HarvestTerms.count.asNode()) || t.getPredicate().equals(HarvestTerms.runError.asNode())) {
				out.addAll(g.find(t.getObject(), Node.ANY, Node.ANY).toList());
			}
		}
		return out;
	}

	static Optional<HarvestJob> readJob(Graph g, Node j, String id) {
		if (!g.contains(j, RDF.type.asNode(), HarvestTerms.Job.asNode())) {
			return Optional.empty();
		}
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		g.find(j, HarvestTerms.count.asNode(), Node.ANY).forEachRemaining((t) -> {
			String o = text(g, t.getObject(), HarvestTerms.outcome.asNode());
			counts.put(Outcome.valueOf(o.toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(text(g, t.getObject(), RDF.value.asNode())));
		});
		TreeMap<Integer, RunError> errors = new TreeMap<>();
		g.find(j, HarvestTerms.runError.asNode(), Node.ANY).forEachRemaining((t) -> {
			Node e = t.getObject();
			errors.put(Integer.parseInt(text(g, e, HarvestTerms.position.asNode())), new RunError(text(g, e, HarvestTerms.location.asNode()),
					text(g, e, HarvestTerms.code.asNode()), text(g, e, HarvestTerms.detail.asNode())));
		});
		return Optional.of(new HarvestJob(id, text(g, j, HarvestTerms.source.asNode()),
				JobStatus.valueOf(text(g, j, HarvestTerms.jobStatus.asNode()).toUpperCase(java.util.Locale.ROOT)),
				Boolean.parseBoolean(text(g, j, HarvestTerms.incremental.asNode())), text(g, j, HarvestTerms.startedBy.asNode()),
				instant(g, j, HarvestTerms.created.asNode()), instant(g, j, HarvestTerms.startedAtTime.asNode()),
				instant(g, j, HarvestTerms.endedAtTime.asNode()), Boolean.parseBoolean(text(g, j, HarvestTerms.complete.asNode())),
				Integer.parseInt(text(g, j, HarvestTerms.pages.asNode())), counts, List.copyOf(errors.values())));
	}

	static void writeEntry(Graph g, Node job, Node e, JobEntry entry) {
		add(g, e, RDF.type.asNode(), HarvestTerms.Entry.asNode());
		add(g, e, HarvestTerms.job.asNode(), job);
		add(g, e, HarvestTerms.position.asNode(), NodeFactory.createLiteralDT(Long.toString(entry.position()), XSDDatatype.XSDlong));
		add(g, e, HarvestTerms.outcome.asNode(), str(entry.outcome().token()));
		optional(g, e, HarvestTerms.key, entry.key());
		optional(g, e, HarvestTerms.location, entry.location());
		if (entry.dataset() != null) {
			add(g, e, HarvestTerms.dataset.asNode(), NodeFactory.createURI(entry.dataset()));
		}
		optional(g, e, HarvestTerms.recordId, entry.recordId());
		optional(g, e, HarvestTerms.code, entry.code());
		optional(g, e, HarvestTerms.detail, entry.detail());
	}

	static JobEntry readEntry(Graph g, Node e, Graph report) {
		Node dataset = object(g, e, HarvestTerms.dataset.asNode());
		return new JobEntry(Long.parseLong(text(g, e, HarvestTerms.position.asNode())),
				Outcome.valueOf(text(g, e, HarvestTerms.outcome.asNode()).toUpperCase(java.util.Locale.ROOT)), text(g, e, HarvestTerms.key.asNode()),
				text(g, e, HarvestTerms.location.asNode()), dataset == null ? null : dataset.getURI(),
				text(g, e, HarvestTerms.recordId.asNode()), text(g, e, HarvestTerms.code.asNode()), text(g, e, HarvestTerms.detail.asNode()),
				report);
	}

	private static void optional(Graph g, Node s, org.apache.jena.rdf.model.Property p, String value) {
		if (value != null) {
			add(g, s, p.asNode(), str(value));
		}
	}

	static void add(Graph g, Node s, Node p, Node o) {
		g.add(Triple.create(s, p, o));
	}

	static Node str(String s) {
		return NodeFactory.createLiteralString(s);
	}

	static Node integer(long n) {
		return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
	}

	private static Node bool(boolean b) {
		return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
	}

	static Node time(Instant t) {
		return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
	}

	static Node object(Graph g, Node s, Node p) {
		return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
	}

	static String text(Graph g, Node s, Node p) {
		Node o = object(g, s, p);
		return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
	}

	private static Instant instant(Graph g, Node s, Node p) {
		String t = text(g, s, p);
		return t == null ? null : Instant.parse(t);
	}

}
