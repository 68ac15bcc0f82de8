package org.registro.harvest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.registro.store.SparqlFiles;
import org.registro.vocabulary.HarvestTerms;

/**
 * Sources, jobs, their reports and what each source's keys became, in their own TDB2 database
 * ({@code {data-dir}/harvest}): reports of rejected records hold other catalogs' data that is not
 * ours to publish, so none of it is in the public data. Each job is a named graph (its IRI); each
 * entry's SHACL report is a graph of its own; each source's key map is one graph.
 */
final class HarvestStore implements AutoCloseable {

	private static final Node SOURCES = NodeFactory.createURI("urn:x-registro:harvest:sources");

	private final DatasetGraph dsg;

	private final String baseUri;

	HarvestStore(Path directory, String baseUri) {
		this.dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
		this.baseUri = baseUri;
	}

	Node sourceNode(String id) {
		return NodeFactory.createURI(baseUri + "/harvest/sources/" + id);
	}

	Node jobNode(String id) {
		return NodeFactory.createURI(baseUri + "/harvest/jobs/" + id);
	}

	private static String idOf(Node n) {
		String iri = n.getURI();
		return iri.substring(iri.lastIndexOf('/') + 1);
	}

	List<HarvestSource> sources() {
		return Txn.calculateRead(dsg, () -> {
			Graph g = dsg.getGraph(SOURCES);
			return g.find(Node.ANY, RDF.type.asNode(), HarvestTerms.Source.asNode())
				.mapWith((t) -> HarvestGraph.readSource(g, t.getSubject(), idOf(t.getSubject())))
				.toList()
				.stream()
				.sorted(Comparator.comparing((HarvestSource s) -> s.title().toLowerCase(Locale.ROOT)).thenComparing(HarvestSource::id))
				.toList();
		});
	}

	Optional<HarvestSource> source(String id) {
		return Txn.calculateRead(dsg, () -> {
			Graph g = dsg.getGraph(SOURCES);
			Node s = sourceNode(id);
			return g.contains(s, RDF.type.asNode(), HarvestTerms.Source.asNode()) ? Optional.of(HarvestGraph.readSource(g, s, id))
					: Optional.empty();
		});
	}

	/** Writes a new source; false when the id is taken. */
	boolean createSource(HarvestSource source) {
		return Txn.calculateWrite(dsg, () -> {
			Graph g = dsg.getGraph(SOURCES);
			Node s = sourceNode(source.id());
			if (g.contains(s, Node.ANY, Node.ANY)) {
				return false;
			}
			HarvestGraph.writeSource(g, s, source);
			return true;
		});
	}

	void replaceSource(HarvestSource source) {
		Txn.executeWrite(dsg, () -> {
			Graph g = dsg.getGraph(SOURCES);
			Node s = sourceNode(source.id());
			removeSource(g, s);
			HarvestGraph.writeSource(g, s, source);
		});
	}

	boolean deleteSource(String id) {
		return Txn.calculateWrite(dsg, () -> {
			Graph g = dsg.getGraph(SOURCES);
			Node s = sourceNode(id);
			boolean existed = g.contains(s, Node.ANY, Node.ANY);
			removeSource(g, s);
			return existed;
		});
	}

	private static void removeSource(Graph g, Node s) {
		List<Triple> old = new ArrayList<>(g.find(s, Node.ANY, Node.ANY).toList());
		for (Triple t : List.copyOf(old)) {
			if (t.getPredicate().equals(HarvestTerms.header.asNode())) {
				old.addAll(g.find(t.getObject(), Node.ANY, Node.ANY).toList());
			}
		}
		old.forEach(g::delete);
	}

	/** Writes the job's own description (status, counts, errors), keeping its entries. */
	void saveJob(HarvestJob job) {
		Txn.executeWrite(dsg, () -> writeJob(job));
	}

	private void writeJob(HarvestJob job) {
		Node j = jobNode(job.id());
		Graph g = dsg.getGraph(j);
		HarvestGraph.jobTriples(g, j).forEach(g::delete);
		HarvestGraph.writeJob(g, j, sourceNode(job.sourceId()), job);
	}

	Optional<HarvestJob> job(String id) {
		Node j = jobNode(id);
		return Txn.calculateRead(dsg, () -> HarvestGraph.readJob(dsg.getGraph(j), j, id));
	}

	List<HarvestJob> jobs(String sourceId, int limit) {
		return Txn.calculateRead(dsg, () -> {
			List<HarvestJob> out = new ArrayList<>();
			QueryExec.dataset(dsg).query(SparqlFiles.query("harvest/jobs-of-source"))
				.substitution("source", HarvestGraph.str(sourceId))
				.select()
				.forEachRemaining((row) -> {
					if (out.size() < limit) {
						Node j = row.get("job");
						HarvestGraph.readJob(dsg.getGraph(j), j, idOf(j)).ifPresent(out::add);
					}
				});
			return out;
		});
	}

	List<HarvestJob> unfinishedJobs() {
		return Txn.calculateRead(dsg, () -> {
			List<HarvestJob> out = new ArrayList<>();
			QueryExec.dataset(dsg).query(SparqlFiles.query("harvest/unfinished-jobs")).select().forEachRemaining((row) -> {
				Node j = row.get("job");
				HarvestGraph.readJob(dsg.getGraph(j), j, idOf(j)).ifPresent(out::add);
			});
			return out;
		});
	}

	/**
	 * Records one page of a job in one transaction: its entries, the job's counts so far, and which
	 * keys of the source the job saw (and the record each maps to).
	 */
	void recordPage(HarvestJob progress, List<JobEntry> entries, Map<String, String> seen) {
		Txn.executeWrite(dsg, () -> {
			Node j = jobNode(progress.id());
			Graph g = dsg.getGraph(j);
			for (JobEntry e : entries) {
				Node node = NodeFactory.createURI(j.getURI() + "/entry/" + e.position());
				HarvestGraph.writeEntry(g, j, node, e);
				if (e.report() != null) {
					Graph r = dsg.getGraph(NodeFactory.createURI(node.getURI() + "/report"));
					e.report().find().forEachRemaining(r::add);
				}
			}
			writeJob(progress);
			Graph map = dsg.getGraph(mapGraph(progress.sourceId()));
			Node jobId = HarvestGraph.str(progress.id());
			seen.forEach((key, recordId) -> {
				Node m = mapNode(progress.sourceId(), key);
				map.find(m, HarvestTerms.lastSeen.asNode(), Node.ANY).toList().forEach(map::delete);
				HarvestGraph.add(map, m, HarvestTerms.lastSeen.asNode(), jobId);
				// A known key (the common case on later runs) only moves its last-seen job.
				if (!recordId.equals(HarvestGraph.text(map, m, HarvestTerms.recordId.asNode()))) {
					for (Node p : List.of(RDF.type.asNode(), HarvestTerms.key.asNode(), HarvestTerms.recordId.asNode())) {
						map.find(m, p, Node.ANY).toList().forEach(map::delete);
					}
					HarvestGraph.add(map, m, RDF.type.asNode(), HarvestTerms.Mapping.asNode());
					HarvestGraph.add(map, m, HarvestTerms.key.asNode(), HarvestGraph.str(key));
					HarvestGraph.add(map, m, HarvestTerms.recordId.asNode(), HarvestGraph.str(recordId));
				}
			});
		});
	}

	/** Marks known keys as present in the source for this job (an incremental run's listing). */
	void listed(String sourceId, String jobId, Collection<String> keys) {
		Txn.executeWrite(dsg, () -> {
			Graph map = dsg.getGraph(mapGraph(sourceId));
			Node job = HarvestGraph.str(jobId);
			for (String key : keys) {
				Node m = mapNode(sourceId, key);
				map.find(m, HarvestTerms.lastListed.asNode(), Node.ANY).toList().forEach(map::delete);
				HarvestGraph.add(map, m, HarvestTerms.lastListed.asNode(), job);
			}
		});
	}

	/** What a source's key became here, and the last job that read it. */
	record Mapping(String recordId, String lastSeen) {
	}

	/** The mappings of the given keys of a source (keys never seen are absent), in one read. */
	Map<String, Mapping> mappings(String sourceId, Collection<String> keys) {
		return Txn.calculateRead(dsg, () -> {
			Graph map = dsg.getGraph(mapGraph(sourceId));
			Map<String, Mapping> out = new HashMap<>();
			for (String key : keys) {
				Node m = mapNode(sourceId, key);
				String id = HarvestGraph.text(map, m, HarvestTerms.recordId.asNode());
				if (id != null) {
					out.put(key, new Mapping(id, HarvestGraph.text(map, m, HarvestTerms.lastSeen.asNode())));
				}
			}
			return out;
		});
	}

	/** Key and record id of what the source gave before but the job did not see. */
	List<Map.Entry<String, String>> notSeen(String sourceId, String jobId) {
		return Txn.calculateRead(dsg, () -> {
			List<Map.Entry<String, String>> out = new ArrayList<>();
			QueryExec.dataset(dsg).query(SparqlFiles.query("harvest/not-seen"))
				.substitution("map", mapGraph(sourceId))
				.substitution("job", HarvestGraph.str(jobId))
				.select()
				.forEachRemaining((row) -> out.add(Map.entry(row.get("key").getLiteralLexicalForm(), row.get("record").getLiteralLexicalForm())));
			return out;
		});
	}

	EntryPage entries(String jobId, Outcome outcome, int page, int size) {
		Node j = jobNode(jobId);
		return Txn.calculateRead(dsg, () -> {
			var exec = QueryExec.dataset(dsg).query(SparqlFiles.query("harvest/entries")).substitution("job", j);
			if (outcome != null) {
				exec = exec.substitution("outcome", HarvestGraph.str(outcome.token()));
			}
			List<Node> nodes = new ArrayList<>();
			long[] total = { 0 };
			long from = (long) (page - 1) * size;
			exec.select().forEachRemaining((row) -> {
				if (total[0] >= from && nodes.size() < size) {
					nodes.add(row.get("entry"));
				}
				total[0]++;
			});
			Graph g = dsg.getGraph(j);
			List<JobEntry> out = new ArrayList<>();
			for (Node n : nodes) {
				Node reportName = NodeFactory.createURI(n.getURI() + "/report");
				Graph report = null;
				if (dsg.containsGraph(reportName)) {
					report = GraphFactory.createDefaultGraph();
					dsg.getGraph(reportName).find().forEachRemaining(report::add);
				}
				out.add(HarvestGraph.readEntry(g, n, report));
			}
			return new EntryPage(out, total[0], page, size);
		});
	}

	/** A copy of the job's graph and its entries' report graphs, for serving the report as RDF. */
	Optional<DatasetGraph> report(String jobId) {
		Node j = jobNode(jobId);
		return Txn.calculateRead(dsg, () -> {
			if (!dsg.getGraph(j).contains(j, RDF.type.asNode(), HarvestTerms.Job.asNode())) {
				return Optional.empty();
			}
			DatasetGraph out = DatasetGraphFactory.createTxnMem();
			Graph job = dsg.getGraph(j);
			job.find().forEachRemaining((t) -> out.add(j, t.getSubject(), t.getPredicate(), t.getObject()));
			job.find(Node.ANY, HarvestTerms.job.asNode(), j).forEachRemaining((t) -> {
				Node name = NodeFactory.createURI(t.getSubject().getURI() + "/report");
				dsg.getGraph(name).find().forEachRemaining((r) -> out.add(name, r.getSubject(), r.getPredicate(), r.getObject()));
			});
			return Optional.of(out);
		});
	}

	private Node mapGraph(String sourceId) {
		return NodeFactory.createURI("urn:x-registro:harvest:map:" + sourceId);
	}

	private Node mapNode(String sourceId, String key) {
		return NodeFactory.createURI("urn:x-registro:harvest:map:" + sourceId + ":" + sha256(key));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		dsg.close();
	}

	/** Counts per outcome of the entries recorded, for a job read back after a restart. */
	Map<Outcome, Integer> entryCounts(String jobId) {
		return Txn.calculateRead(dsg, () -> {
			Map<Outcome, Integer> out = new EnumMap<>(Outcome.class);
			QueryExec.dataset(dsg).query(SparqlFiles.query("harvest/entry-count")).substitution("job", jobNode(jobId)).select()
				.forEachRemaining((row) -> out.put(Outcome.valueOf(row.get("o").getLiteralLexicalForm().toUpperCase(Locale.ROOT)),
						Integer.parseInt(row.get("n").getLiteralLexicalForm())));
			return out;
		});
	}

}
