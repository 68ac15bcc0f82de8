package org.registro.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.registro.record.RecordKind;
import org.registro.record.RecordState;
import org.registro.store.PublicChange;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of the public catalog, in memory. It follows the public data's commits (in
 * commit order, on the store's projector thread) and is rebuilt from the public data at every
 * start; until then it is not {@link #ready()}. Searches run on {@link Snapshot}s: a snapshot a walk
 * started on is kept, after the index has moved on, for the configured retention.
 */
public final class DatasetIndex implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DatasetIndex.class);

	/** Spanish analysis for the text fields; the others are whole values. */
	private final Analyzer analyzer = analyzer(new SpanishAnalyzer());

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final SearcherLifetimeManager lifetimes = new SearcherLifetimeManager();

	/**
	 * The most superseded snapshots kept, whatever their age: every walk (and every first page)
	 * pins the view it started on, and each pins index segments in memory.
	 */
	static final int MAX_SNAPSHOTS = 100;

	private final long retentionSeconds;

	private final String baseUri;

	/** Names this index's life in cursors: snapshot versions of an earlier start mean nothing now. */
	private final long epoch = new SecureRandom().nextLong() & Long.MAX_VALUE;

	private final Object lock = new Object();

	/** Changes told before the rebuild finished, applied after it; null once live. */
	private List<List<PublicChange>> early = new ArrayList<>();

	private volatile Instant lastChange = Instant.EPOCH;

	/**
	 * When each publisher's public description last changed: a feed page carries the publishers'
	 * names, so a harvest "modified since" also wants the datasets of a publisher renamed since.
	 */
	private final Map<String, Instant> publisherChanges = new ConcurrentHashMap<>();

	public DatasetIndex(RecordStore store, RegistryProperties properties) {
		this.baseUri = properties.baseUri();
		this.retentionSeconds = properties.feed().snapshotRetention().toSeconds();
		try {
			// Documents kept in the feed's order, so a page from the head (the first page, and every
			// walk's next page) stops after its hits instead of ranking the whole catalog.
			this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer).setIndexSort(DatasetSearch.FORWARD));
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		store.addPublicListener(this::changed);
	}

	public Analyzer analyzer() {
		return analyzer;
	}

	private static Analyzer analyzer(Analyzer text) {
		Map<String, Analyzer> byField = new HashMap<>();
		IndexFields.ANALYZED.forEach((field) -> byField.put(field, text));
		return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
	}

	public long epoch() {
		return epoch;
	}

	public boolean ready() {
		synchronized (lock) {
			return early == null;
		}
	}

	/** When the catalog last changed (a dataset published, changed or withdrawn), for Last-Modified. */
	public Instant lastChange() {
		return lastChange;
	}

	/**
	 * Indexes every published dataset and every dataset withdrawn after publication, then the
	 * changes told meanwhile (applying one again is harmless: a document is replaced by name).
	 */
	public void rebuild(Iterable<DatasetFacts> published, Iterable<DatasetFacts> withdrawn) {
		long start = System.nanoTime();
		int count = 0;
		Instant newest = Instant.EPOCH;
		try {
			for (Iterable<DatasetFacts> source : List.of(published, withdrawn)) {
				for (DatasetFacts facts : source) {
					writer.updateDocument(new Term(IndexFields.NAME, facts.name()), DatasetDocuments.of(facts));
					newest = facts.modified().isAfter(newest) ? facts.modified() : newest;
					count++;
				}
			}
			synchronized (lock) {
				early.forEach(this::apply);
				early = null;
				lastChange = newest.isAfter(lastChange) ? newest : lastChange;
				searchers.maybeRefreshBlocking();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.info("Catalog index built: {} datasets in {} ms", count, (System.nanoTime() - start) / 1_000_000);
	}

	private void changed(List<PublicChange> changes) {
		synchronized (lock) {
			if (early != null) {
				early.add(changes);
				return;
			}
			apply(changes);
			try {
				searchers.maybeRefreshBlocking();
				lifetimes.prune(pruner());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Drops snapshots superseded for longer than the retention, and all but the newest {@link #MAX_SNAPSHOTS}. */
	private SearcherLifetimeManager.Pruner pruner() {
		int[] kept = { 0 };
		// Lucene offers the snapshots newest first.
		return (ageSeconds, searcher) -> ageSeconds > retentionSeconds || ++kept[0] > MAX_SNAPSHOTS;
	}

	private void apply(List<PublicChange> changes) {
		for (PublicChange change : changes) {
			RecordState state = change.state();
			if (state.ref().kind() == RecordKind.PUBLISHER) {
				publisherChanged(state.ref().iri(baseUri), change.published() != null ? state.published() : state.withdrawn());
			}
			if (state.ref().kind() != RecordKind.DATASET) {
				continue;
			}
			String iri = state.ref().iri(baseUri);
			Graph published = change.published();
			DatasetFacts facts = published != null ? DatasetFacts.of(state.ref().id(), iri, published)
					: state.isGone() ? DatasetFacts.withdrawn(iri, state) : null;
			try {
				if (facts == null) {
					writer.deleteDocuments(new Term(IndexFields.NAME, state.ref().id()));
				}
				else {
					writer.updateDocument(new Term(IndexFields.NAME, facts.name()), DatasetDocuments.of(facts));
					lastChange = facts.modified().isAfter(lastChange) ? facts.modified() : lastChange;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Publishers (IRIs) whose public description changed at or after the instant. */
	public Set<String> publishersChangedSince(Instant since) {
		Set<String> out = new HashSet<>();
		publisherChanges.forEach((iri, at) -> {
			if (!at.isBefore(since)) {
				out.add(iri);
			}
		});
		return out;
	}

	/** Tells when publishers were last published (at start, from their records' states). */
	public void publishersPublished(Map<String, Instant> published) {
		published.forEach(this::publisherChanged);
	}

	private void publisherChanged(String iri, Instant at) {
		if (at != null) {
			publisherChanges.merge(iri, at, (a, b) -> a.isAfter(b) ? a : b);
			// Feed pages carry publishers' names: a rename is a change of the catalog's pages too.
			lastChange = at.isAfter(lastChange) ? at : lastChange;
		}
	}

	/** The current view of the index, kept for walks that continue from it. */
	public Snapshot snapshot() {
		try {
			IndexSearcher searcher = searchers.acquire();
			long version = lifetimes.record(searcher);
			return new Snapshot(version, epoch, searcher, () -> release(searcher));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The view a walk started on, or the current one when that view is gone (after its retention or
	 * a restart): the walk goes on in order, only no longer on one point in time.
	 */
	public Snapshot snapshot(long version, long epoch) {
		IndexSearcher kept = epoch == this.epoch ? lifetimes.acquire(version) : null;
		if (kept == null) {
			return snapshot();
		}
		return new Snapshot(version, epoch, kept, () -> {
			try {
				lifetimes.release(kept);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private void release(IndexSearcher searcher) {
		try {
			searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The stored location of a document of a snapshot. */
	static String iri(Document doc) {
		return doc.get(DatasetDocuments.IRI);
	}

	/** The stored dataset IRI of a document of a snapshot. */
	static String subject(Document doc) {
		return doc.get(DatasetDocuments.SUBJECT);
	}

	@Override
	public void close() throws IOException {
		lifetimes.close();
		searchers.close();
		writer.close();
	}


}
