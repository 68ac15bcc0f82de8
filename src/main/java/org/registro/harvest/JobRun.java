package org.registro.harvest;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.registro.harvest.RecordPreparer.RejectedRecord;
import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceReader;
import org.registro.harvest.read.SourceRecord;
import org.registro.record.HarvestWrite;
import org.registro.record.RecordKind;
import org.registro.record.RecordNotFoundException;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one source: reads it page by page, writes each page's records (all submitted before
 * any is awaited, so the store commits them together), records the page's report entries, and,
 * once the source was read completely, withdraws what it no longer holds.
 */
final class JobRun implements PageSink {

	private static final Logger log = LoggerFactory.getLogger(JobRun.class);

	private final HarvestSource source;

	private final HarvestStore store;

	private final RecordService records;

	private final RecordPreparer preparer;

	private final Clock clock;

	private final DatasetOwners owners;

	private final String actor;

	private final BooleanSupplier stopping;

	/** Records submitted before any is awaited: bounds what one page holds in memory at once. */
	private final int batchSize;

	private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

	private HarvestJob job;

	private long position;

	private int pages;

	JobRun(HarvestSource source, HarvestJob job, HarvestStore store, RecordService records, RecordPreparer preparer, DatasetOwners owners,
			Clock clock, BooleanSupplier stopping, int batchSize) {
		this.source = source;
		this.job = job;
		this.store = store;
		this.records = records;
		this.preparer = preparer;
		this.clock = clock;
		this.owners = owners;
		this.actor = "harvest:" + source.id();
		this.stopping = stopping;
		this.batchSize = batchSize;
	}

	/** Runs the job to its end; never throws. */
	HarvestJob run(SourceReader reader, ReadRequest request) {
		job = with(JobStatus.RUNNING, false, List.of(), clock.instant(), null);
		store.saveJob(job);
		List<RunError> errors = new ArrayList<>();
		boolean complete = false;
		try {
			ReadOutcome outcome = reader.read(request, this);
			errors.addAll(outcome.errors());
			complete = outcome.complete() && outcome.errors().isEmpty();
			// The reader counts responses; the sink may get a large document in several chunks.
			pages = outcome.pages();
			if (complete) {
				withdrawGone();
			}
		}
		catch (Stopped ex) {
			errors.add(new RunError(source.url().toString(), "interrupted", "the registry stopped during this job; nothing was withdrawn"));
			complete = false;
		}
		catch (RuntimeException ex) {
			log.error("Harvest job {} of source {} failed", job.id(), source.id(), ex);
			errors.add(new RunError(source.url().toString(), "internal-error", String.valueOf(ex.getMessage())));
			complete = false;
		}
		job = with(complete ? JobStatus.FINISHED : JobStatus.FAILED, complete, errors, job.started(), clock.instant());
		store.saveJob(job);
		return job;
	}

	@Override
	public void page(URI url, List<SourceRecord> found, List<RecordProblem> problems) {
		if (stopping.getAsBoolean()) {
			throw new Stopped();
		}
		pages++;
		List<JobEntry> entries = new ArrayList<>();
		for (RecordProblem p : problems) {
			entries.add(entry(Outcome.REJECTED, null, p.location(), null, null, p.code(), p.detail(), null));
		}
		Map<String, SourceRecord> byKey = new LinkedHashMap<>();
		for (SourceRecord r : found) {
			String key = RecordPreparer.key(r);
			if (byKey.putIfAbsent(key, r) != null) {
				entries.add(entry(Outcome.REJECTED, key, r.location(), null, null, "duplicate-dataset",
						"the same dataset appears more than once in the source; the first one was taken", null));
			}
		}
		Map<String, HarvestStore.Mapping> known = store.mappings(source.id(), byKey.keySet());
		Map<String, String> ids = new HashMap<>();
		known.forEach((key, m) -> ids.put(key, m.recordId()));
		Map<String, String> seen = new HashMap<>();
		List<Prepared> ready = new ArrayList<>();
		for (Map.Entry<String, SourceRecord> e : byKey.entrySet()) {
			String key = e.getKey();
			SourceRecord r = e.getValue();
			if (known.containsKey(key) && job.id().equals(known.get(key).lastSeen())) {
				entries.add(entry(Outcome.REJECTED, key, r.location(), null, ids.get(key), "duplicate-dataset",
						"the same dataset appeared earlier in this run; the first one was taken", null));
				continue;
			}
			if (!ids.containsKey(key) && r.subject().isURI()) {
				var owner = owners.owner(r.subject().getURI());
				if (owner.isPresent()) {
					entries.add(entry(Outcome.REJECTED, key, r.location(), r.subject().getURI(), null, "dataset-elsewhere",
							"the dataset is already in this registry as record '" + owner.get() + "' (from another source or entered here)", null));
					continue;
				}
			}
			String id = ids.containsKey(key) ? ids.get(key) : freeId(key);
			try {
				ready.add(preparer.prepare(source, r, key, id));
			}
			catch (RejectedRecord ex) {
				entries.add(entry(Outcome.REJECTED, key, r.location(), null, ids.get(key), ex.code(), ex.getMessage(), null));
				keepIfKnown(seen, ids, key);
			}
		}
		boolean asDraft = source.options().validation() == ValidationMode.DRAFT;
		for (int from = 0; from < ready.size(); from += batchSize) {
			write(ready.subList(from, Math.min(ready.size(), from + batchSize)), asDraft, ids, entries, seen);
		}
		store.recordPage(progress(), entries, seen);
	}

	/** Submits a batch of records before awaiting any, so the store commits them together. */
	private void write(List<Prepared> ready, boolean asDraft, Map<String, String> ids, List<JobEntry> entries, Map<String, String> seen) {
		// Validation runs in the submitting thread: a parallel stream spreads it over the cores.
		List<CompletableFuture<HarvestWrite>> writes = ready.parallelStream()
			.map((p) -> records.harvest(p.ref(), p.graph(), p.origin(), asDraft, actor))
			.toList();
		for (int i = 0; i < ready.size(); i++) {
			Prepared p = ready.get(i);
			HarvestWrite w = writes.get(i).join();
			String dataset = p.origin().subject() != null ? p.origin().subject() : p.ref().iri(preparer.baseUri());
			String notes = p.notes().isEmpty() ? null : String.join("; ", p.notes());
			switch (w.kind()) {
				case CREATED, UPDATED, DRAFTED -> {
					Outcome o = w.kind() == HarvestWrite.Kind.CREATED ? Outcome.CREATED
							: w.kind() == HarvestWrite.Kind.UPDATED ? Outcome.UPDATED : Outcome.DRAFTED;
					entries.add(entry(o, p.key(), p.location(), dataset, p.ref().id(), notes == null ? null : "repaired", notes,
							o == Outcome.DRAFTED ? w.outcome().graph() : null));
					seen.put(p.key(), p.ref().id());
				}
				case UNCHANGED -> {
					count(Outcome.UNCHANGED);
					seen.put(p.key(), p.ref().id());
				}
				case REJECTED -> {
					entries.add(entry(Outcome.REJECTED, p.key(), p.location(), dataset, ids.get(p.key()),
							w.invalid() != null ? "invalid-record" : null, w.invalid(), w.outcome() == null ? null : w.outcome().graph()));
					keepIfKnown(seen, ids, p.key());
				}
			}
		}
	}

	@Override
	public void present(Collection<String> keys) {
		// Listed, not seen: a key listed before its record is read must not look like a duplicate.
		store.listed(source.id(), job.id(), store.mappings(source.id(), keys).keySet());
	}

	/** A record the source still holds but that could not be taken this time is not gone: it is not withdrawn. */
	private static void keepIfKnown(Map<String, String> seen, Map<String, String> ids, String key) {
		if (ids.containsKey(key)) {
			seen.put(key, ids.get(key));
		}
	}

	private String freeId(String key) {
		String id = RecordPreparer.mintId(source.id(), key);
		if (records.state(new RecordRef(RecordKind.DATASET, id)).isPresent()) {
			// Taken by a record that is not this key's (a local one, or another source's).
			id = source.id() + "-" + HarvestStore.sha256(key).substring(0, 16);
		}
		return id;
	}

	private void withdrawGone() {
		List<JobEntry> entries = new ArrayList<>();
		for (Map.Entry<String, String> gone : store.notSeen(source.id(), job.id())) {
			RecordRef ref = new RecordRef(RecordKind.DATASET, gone.getValue());
			boolean live = records.state(ref).map((s) -> s.status() != org.registro.record.RecordStatus.WITHDRAWN).orElse(false);
			if (!live) {
				continue;
			}
			try {
				RecordState state = records.withdraw(ref, actor);
				entries.add(entry(Outcome.WITHDRAWN, gone.getKey(), null, null, state.ref().id(), null, null, null));
			}
			catch (RecordNotFoundException ex) {
				// Withdrawn meanwhile by someone else: nothing left to do.
			}
			if (entries.size() >= 500) {
				store.recordPage(progress(), entries, Map.of());
				entries = new ArrayList<>();
			}
		}
		store.recordPage(progress(), entries, Map.of());
	}

	private JobEntry entry(Outcome outcome, String key, String location, String dataset, String recordId, String code, String detail,
			org.apache.jena.graph.Graph report) {
		count(outcome);
		return new JobEntry(++position, outcome, key, location, dataset, recordId, code, detail, report);
	}

	private void count(Outcome o) {
		counts.merge(o, 1, Integer::sum);
	}

	private HarvestJob progress() {
		job = new HarvestJob(job.id(), job.sourceId(), job.status(), job.incremental(), job.startedBy(), job.queued(), job.started(),
				job.finished(), job.complete(), pages, counts, job.errors());
		return job;
	}

	private HarvestJob with(JobStatus status, boolean complete, List<RunError> errors, java.time.Instant started, java.time.Instant finished) {
		return new HarvestJob(job.id(), job.sourceId(), status, job.incremental(), job.startedBy(), job.queued(), started, finished,
				complete, pages, counts, errors);
	}

	/** Thrown through the reader when the registry stops. */
	private static final class Stopped extends RuntimeException {

		Stopped() {
			super("stopping", null, false, false);
		}

	}

}
