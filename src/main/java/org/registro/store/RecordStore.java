package org.registro.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.registro.record.HistoryEntry;
import org.registro.record.RecordRef;
import org.registro.record.RecordState;

/**
 * Everything the registry keeps, reached through one interface so that a remote SPARQL server can
 * replace the embedded TDB2 databases. Reads are consistent snapshots; writes are {@link Mutation}s
 * that the store applies in one transaction, possibly together with other concurrent ones.
 */
public interface RecordStore {

	Optional<RecordState> state(RecordRef ref);

	/** The latest version of a record, whatever its status (never shown anonymously). */
	Optional<Graph> content(RecordRef ref);

	/** The validation report (warnings) stored with the latest version. */
	Optional<Graph> report(RecordRef ref);

	List<HistoryEntry> history(RecordRef ref);

	/** The states of the records a listing asks for, newest change first. */
	List<RecordState> find(RecordQuery query);

	/** A graph of the public data (a published record, the catalog), copied out of the store. */
	Optional<Graph> publicGraph(String graphName);

	/**
	 * A number that changes after every commit to the public data (counted from start-up), so that
	 * summaries of it can be cached until it changes.
	 */
	long publicVersion();

	/**
	 * The public data as one dataset (a named graph per published record, the catalog and the
	 * vocabularies), for components that serve it as a whole such as the SPARQL endpoint. Reads must
	 * run in read transactions; nothing outside the store may write to it.
	 */
	DatasetGraph publicDataset();

	/** Runs a read over the public data in one read transaction. */
	<T> T readPublic(Function<DatasetGraph, T> reader);

	/**
	 * Queues a mutation; the future completes once the transaction holding it has committed (or
	 * completes exceptionally with what the mutation threw, in which case nothing of it is stored).
	 */
	<R> CompletableFuture<R> submit(Mutation<R> mutation);

	/**
	 * Calls the listener, on one thread and in commit order, with the records whose public view each
	 * commit to the public data changed, once that commit is durable. Changes written by
	 * {@link #writePublic(List)} (recovery and start-up) are not told: listeners read the public data
	 * themselves when they start.
	 */
	void addPublicListener(Consumer<List<PublicChange>> listener);

	/** Records whose public projection may not have been applied (after a crash), oldest first. */
	List<RecordRef> pendingProjections();

	boolean flag(String name);

	void setFlag(String name);

	/** Applies changes to the public data only, in one transaction (recovery and start-up). */
	void writePublic(List<PublicOp> ops);

}
