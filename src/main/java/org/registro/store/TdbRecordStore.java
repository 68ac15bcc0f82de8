package org.registro.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.registro.record.HistoryEntry;
import org.registro.record.RecordRef;
import org.registro.record.RecordState;
import org.registro.vocabulary.Registro;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store: a workspace and a public TDB2 database under the data directory. A batch is
 * committed to the workspace first, with a "projection pending" mark on every record whose public
 * view changes, then to the public database; the marks are cleared by a later batch. After a
 * crash between the two commits the marks say which records to project again.
 * <p>
 * The public commit of one batch runs on a projector thread while the writer commits the next
 * batch to the workspace, so the two databases' disk syncs overlap. Batches reach the public
 * database in the order they were committed, and each writer is answered only once its batch is
 * in both.
 */
public final class TdbRecordStore implements RecordStore, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TdbRecordStore.class);

	private static final Node TRUE = NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);

	private final DatasetGraph workspace;

	private final DatasetGraph publicData;

	private final AtomicLong publicVersion = new AtomicLong();

	private final GroupCommitter<Pending<?>> committer;

	/** One thread, so batches reach the public database in commit order, several per transaction. */
	private final GroupCommitter<PublicJob> projector;

	/** Filled by the projector, drained by the writer: marks to clear in its next transaction. */
	private final Queue<Projected> projected = new ConcurrentLinkedQueue<>();

	/** Writer thread only: the last batch that marked each record still pending. */
	private final Map<RecordRef, Long> lastMarkedBy = new HashMap<>();

	private long batchNumber;

	private record Projected(RecordRef ref, long batch) {
	}

	/** A queued mutation and the future its caller waits on. */
	private record Pending<R>(Mutation<R> mutation, CompletableFuture<R> result) {
	}

	/** Work for the projector thread. */
	private sealed interface PublicJob {

		/** A workspace batch's public changes, and its callers' answers (given once committed or failed). */
		record Projection(List<PublicOp> ops, List<Projected> records, List<PublicChange> changes, List<Runnable> answers)
				implements PublicJob {
		}

		record Task(Runnable task) implements PublicJob {
		}

	}

	private final int compactEvery;

	private final List<Consumer<List<PublicChange>>> listeners = new CopyOnWriteArrayList<>();

	/** Writer thread only: record writes since the last compaction. */
	private int writesSinceCompaction;

	/**
	 * @param maxBatch the most writes one transaction gathers
	 * @param compactEvery compact both databases after this many record writes; 0 never
	 */
	public TdbRecordStore(Path dataDir, int maxBatch, int compactEvery) {
		this.workspace = DatabaseMgr.connectDatasetGraph(dataDir.resolve("workspace").toString());
		this.publicData = DatabaseMgr.connectDatasetGraph(dataDir.resolve("public").toString());
		this.compactEvery = compactEvery;
		this.committer = new GroupCommitter<>("registro-writer", maxBatch, this::applyBatch,
				(pending, ex) -> pending.result().completeExceptionally(ex));
		this.projector = new GroupCommitter<>("registro-projector", Integer.MAX_VALUE, this::project, (job, ex) -> {
			if (job instanceof PublicJob.Projection p) {
				p.answers().forEach(Runnable::run);
			}
		});
	}

	@Override
	public long publicVersion() {
		return publicVersion.get();
	}

	@Override
	public DatasetGraph publicDataset() {
		return publicData;
	}

	@Override
	public Optional<RecordState> state(RecordRef ref) {
		return Txn.calculateRead(workspace, () -> WorkspaceLayout.readState(workspace, ref));
	}

	@Override
	public List<RecordState> find(RecordQuery query) {
		return Txn.calculateRead(workspace, () -> {
			var exec = QueryExec.dataset(workspace)
				.query(WorkspaceListing.query(query))
				.substitution("stateGraph", WorkspaceLayout.STATE)
				.substitution("status", NodeFactory.createLiteralString(query.status().token()))
				.substitution("minWarnings", NodeFactory.createLiteralDT(query.withWarnings() ? "1" : "0",
						org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
			if (query.publisher() != null) {
				exec = exec.substitution("publisher", NodeFactory.createURI(query.publisher()));
			}
			List<RecordState> out = new ArrayList<>();
			exec.select().forEachRemaining((row) -> WorkspaceLayout.readState(workspace, WorkspaceLayout.refOf(row.get("record")))
				.ifPresent(out::add));
			return out;
		});
	}

	@Override
	public Optional<Graph> content(RecordRef ref) {
		return Txn.calculateRead(workspace, () -> WorkspaceLayout.readContent(workspace, ref));
	}

	@Override
	public Optional<Graph> report(RecordRef ref) {
		return Txn.calculateRead(workspace, () -> WorkspaceLayout.readReport(workspace, ref));
	}

	@Override
	public List<HistoryEntry> history(RecordRef ref) {
		return Txn.calculateRead(workspace, () -> WorkspaceLayout.readHistory(workspace, ref));
	}

	@Override
	public Optional<Graph> publicGraph(String graphName) {
		return Txn.calculateRead(publicData, () -> copyOf(publicData, NodeFactory.createURI(graphName)));
	}

	@Override
	public <T> T readPublic(Function<DatasetGraph, T> reader) {
		return Txn.calculateRead(publicData, () -> reader.apply(publicData));
	}

	@Override
	public <R> CompletableFuture<R> submit(Mutation<R> mutation) {
		CompletableFuture<R> result = new CompletableFuture<>();
		committer.submit(new Pending<>(mutation, result));
		return result;
	}

	@Override
	public List<RecordRef> pendingProjections() {
		return Txn.calculateRead(workspace, () -> {
			List<RecordRef> refs = new ArrayList<>();
			workspace.find(WorkspaceLayout.SYSTEM, Node.ANY, Registro.projectionPending.asNode(), Node.ANY)
				.forEachRemaining((q) -> refs.add(WorkspaceLayout.refOf(q.getSubject())));
			return refs;
		});
	}

	@Override
	public boolean flag(String name) {
		return Txn.calculateRead(workspace, () -> workspace.contains(WorkspaceLayout.SYSTEM, WorkspaceLayout.flag(name), RDF.value.asNode(), TRUE));
	}

	@Override
	public void setFlag(String name) {
		Txn.executeWrite(workspace, () -> workspace.add(WorkspaceLayout.SYSTEM, WorkspaceLayout.flag(name), RDF.value.asNode(), TRUE));
	}

	@Override
	public void writePublic(List<PublicOp> ops) {
		Txn.executeWrite(publicData, () -> ops.forEach(this::applyPublic));
		publicVersion.incrementAndGet();
	}

	/** Runs on the writer thread only. */
	private void applyBatch(List<Pending<?>> batch) {
		BatchStaging staging = new BatchStaging();
		List<Runnable> answers = new ArrayList<>(batch.size());
		Txn.executeWrite(workspace, () -> {
			for (Pending<?> pending : batch) {
				answers.add(staging.run(pending));
			}
			// A mark is cleared only when its latest projection is done: a later batch may have
			// marked the same record again and not be projected yet.
			for (Projected p = projected.poll(); p != null; p = projected.poll()) {
				if (lastMarkedBy.remove(p.ref(), p.batch())) {
					workspace.delete(WorkspaceLayout.SYSTEM, WorkspaceLayout.subject(p.ref()), Registro.projectionPending.asNode(), TRUE);
				}
			}
			staging.changes().forEach(this::writeWorkspace);
		});
		long number = ++batchNumber;
		List<Projected> refs = new ArrayList<>();
		List<PublicOp> ops = new ArrayList<>();
		List<PublicChange> told = new ArrayList<>();
		staging.changes().forEach((c) -> {
			if (!c.publicOps().isEmpty()) {
				refs.add(new Projected(c.state().ref(), number));
				told.add(new PublicChange(c.state(), publishedGraph(c)));
				lastMarkedBy.put(c.state().ref(), number);
				ops.addAll(c.publicOps());
			}
		});
		if (ops.isEmpty()) {
			answers.forEach(Runnable::run);
		}
		else {
			projector.submit(new PublicJob.Projection(ops, refs, told, answers));
		}
		// After this batch's projection, so its callers do not wait for the compaction.
		writesSinceCompaction += staging.changes().size();
		if (compactEvery > 0 && writesSinceCompaction >= compactEvery) {
			writesSinceCompaction = 0;
			compactLater();
		}
	}

	/**
	 * Runs on the projector thread: every projection queued meanwhile goes into one public
	 * transaction (the writer commits smaller batches than the projector can, and each public
	 * commit costs about as much as the workspace's).
	 */
	private void project(List<PublicJob> jobs) {
		List<PublicJob.Projection> gathered = new ArrayList<>();
		for (PublicJob job : jobs) {
			switch (job) {
				case PublicJob.Projection p -> gathered.add(p);
				case PublicJob.Task t -> {
					projectNow(gathered);
					gathered.clear();
					t.task().run();
				}
			}
		}
		projectNow(gathered);
	}

	private void projectNow(List<PublicJob.Projection> projections) {
		if (projections.isEmpty()) {
			return;
		}
		try {
			writePublic(projections.stream().flatMap((p) -> p.ops().stream()).toList());
			projections.forEach((p) -> projected.addAll(p.records()));
			tell(projections.stream().flatMap((p) -> p.changes().stream()).toList());
		}
		catch (RuntimeException ex) {
			// The workspace holds the changes and their pending marks; start-up recovery re-projects them.
			log.error("Public projection failed for {}; it will be retried at next start",
					projections.stream().flatMap((p) -> p.records().stream()).map(Projected::ref).toList(), ex);
		}
		projections.forEach((p) -> p.answers().forEach(Runnable::run));
	}

	/** What the change projects as the record's own graph (recovery projects without new content), or null when it drops it. */
	private static Graph publishedGraph(RecordChange c) {
		return c.publicOps()
			.stream()
			.filter(PublicOp.Replace.class::isInstance)
			.map((op) -> ((PublicOp.Replace) op).content())
			.findFirst()
			.orElse(null);
	}

	private void tell(List<PublicChange> changes) {
		for (Consumer<List<PublicChange>> listener : listeners) {
			try {
				listener.accept(changes);
			}
			catch (RuntimeException ex) {
				// The public data is committed; an index that failed to follow is rebuilt at next start.
				log.error("A listener of the public data failed on {} changes", changes.size(), ex);
			}
		}
	}

	@Override
	public void addPublicListener(Consumer<List<PublicChange>> listener) {
		listeners.add(listener);
	}

	/**
	 * Compacts after this batch: the workspace on the writer thread (no write can run meanwhile),
	 * the public database on the projector thread (after the projections queued before it).
	 * Readers go on during a compaction; the old generation is deleted.
	 */
	private void compactLater() {
		projector.submit(new PublicJob.Task(() -> compact("public", publicData)));
		committer.afterBatch(() -> compact("workspace", workspace));
	}

	private static void compact(String name, DatasetGraph dsg) {
		long start = System.nanoTime();
		try {
			DatabaseMgr.compact(dsg, true);
			log.info("Compacted the {} database in {} ms", name, (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.error("Compaction of the {} database failed; the database is unchanged and keeps working", name, ex);
		}
	}

	private void writeWorkspace(RecordChange c) {
		RecordRef ref = c.state().ref();
		Node subject = WorkspaceLayout.subject(ref);
		workspace.deleteAny(WorkspaceLayout.STATE, subject, Node.ANY, Node.ANY);
		WorkspaceLayout.stateTriples(c.state()).forEach((t) -> workspace.add(WorkspaceLayout.STATE, t.getSubject(), t.getPredicate(), t.getObject()));
		if (c.content() != null) {
			WorkspaceLayout.writeContent(workspace, ref, c.content());
		}
		if (c.report() != null) {
			WorkspaceLayout.writeReport(workspace, ref, c.report());
		}
		if (c.entry() != null) {
			WorkspaceLayout.historyQuads(ref, c.entry()).forEach(workspace::add);
		}
		if (!c.publicOps().isEmpty()) {
			workspace.add(WorkspaceLayout.SYSTEM, subject, Registro.projectionPending.asNode(), TRUE);
		}
	}

	private void applyPublic(PublicOp op) {
		Node g = NodeFactory.createURI(op.graph());
		switch (op) {
			case PublicOp.Replace r -> replaceGraph(publicData, g, r.content());
			case PublicOp.Drop d -> publicData.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
			case PublicOp.Add a -> a.triples().forEach((t) -> publicData.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
			case PublicOp.Remove r -> r.triples().forEach((t) -> publicData.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
		}
	}

	private static void replaceGraph(DatasetGraph dsg, Node name, Graph content) {
		dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
		content.find().forEachRemaining((t) -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
	}

	private static Optional<Graph> copyOf(DatasetGraph dsg, Node name) {
		Graph copy = GraphFactory.createDefaultGraph();
		dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((q) -> copy.add(q.asTriple()));
		return copy.isEmpty() ? Optional.empty() : Optional.of(copy);
	}

	@Override
	public void close() {
		committer.close();
		projector.close();
		TDBInternal.expel(workspace);
		TDBInternal.expel(publicData);
	}

	/** The overlay a batch's mutations see, and what they staged, in order. */
	private final class BatchStaging {

		private final Map<RecordRef, RecordState> stagedStates = new LinkedHashMap<>();

		private final Map<RecordRef, Graph> stagedContents = new LinkedHashMap<>();

		private final List<RecordChange> changes = new ArrayList<>();

		<R> Runnable run(Pending<R> pending) {
			List<RecordChange> own = new ArrayList<>();
			Staging view = new Staging() {
				@Override
				public Optional<RecordState> state(RecordRef ref) {
					RecordState s = stagedStates.get(ref);
					return s != null ? Optional.of(s) : WorkspaceLayout.readState(workspace, ref);
				}

				@Override
				public Optional<Graph> content(RecordRef ref) {
					Graph g = stagedContents.get(ref);
					return g != null ? Optional.of(g) : WorkspaceLayout.readContent(workspace, ref);
				}

				@Override
				public void stage(RecordChange change) {
					own.add(change);
				}
			};
			try {
				R result = pending.mutation().apply(view);
				for (RecordChange c : own) {
					stagedStates.put(c.state().ref(), c.state());
					if (c.content() != null) {
						stagedContents.put(c.state().ref(), c.content());
					}
				}
				changes.addAll(own);
				return () -> pending.result().complete(result);
			}
			catch (RuntimeException ex) {
				return () -> pending.result().completeExceptionally(ex);
			}
		}

		List<RecordChange> changes() {
			return changes;
		}

	}

}
