package org.registro.harvest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceReader;
import org.registro.harvest.read.SourceType;
import org.registro.record.RecordService;
import org.registro.system.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on a fixed number of runner threads, at most one per source at a time. Jobs that a
 * stop interrupted are marked failed at the next start, so no job stays "running" forever.
 */
final class HarvestJobs implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(HarvestJobs.class);

	/** Incremental runs ask for changes since the last complete run began, less this, for clocks that disagree. */
	private static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

	private final HarvestStore store;

	private final RecordService records;

	private final RecordPreparer preparer;

	private final Map<SourceType, SourceReader> readers;

	private final DatasetOwners owners;

	private final Clock clock;

	private final ExecutorService runners;

	/** Source id to its queued or running job's id. */
	private final Map<String, String> active = new ConcurrentHashMap<>();

	private volatile boolean stopping;

	private final int batchSize;

	HarvestJobs(HarvestStore store, RecordService records, DatasetOwners owners, ValueTables tables, List<SourceReader> readers,
			RegistryProperties properties, Clock clock) {
		this.owners = owners;
		this.store = store;
		this.records = records;
		this.preparer = new RecordPreparer(properties.baseUri(), new ValueRepairs(tables));
		this.readers = readers.stream().collect(Collectors.toUnmodifiableMap(SourceReader::type, Function.identity()));
		this.clock = clock;
		this.batchSize = properties.harvest().batchSize();
		this.runners = Executors.newFixedThreadPool(properties.harvest().concurrentJobs(), Thread.ofPlatform().name("harvest-", 1).daemon(true).factory());
		failInterrupted();
	}

	private void failInterrupted() {
		for (HarvestJob j : store.unfinishedJobs()) {
			store.saveJob(new HarvestJob(j.id(), j.sourceId(), JobStatus.FAILED, j.incremental(), j.startedBy(), j.queued(), j.started(),
					clock.instant(), false, j.pages(), store.entryCounts(j.id()), List.of(new RunError("", "interrupted",
							"the registry stopped while this job was " + j.status().token() + "; nothing was withdrawn"))));
			log.warn("Harvest job {} was interrupted by a stop; marked failed", j.id());
		}
	}

	/** @throws JobConflictException when the source has a job queued or running */
	synchronized HarvestJob start(HarvestSource source, String actor) {
		String running = active.get(source.id());
		if (running != null) {
			throw new JobConflictException(source.id(), running);
		}
		Instant since = source.type() == SourceType.CKAN ? lastCompleteStart(source.id()).map((t) -> t.minus(CLOCK_MARGIN)).orElse(null)
				: null;
		Instant now = clock.instant();
		HarvestJob job = new HarvestJob(newId(now), source.id(), JobStatus.QUEUED, since != null, actor, now, null, null, false, 0, Map.of(),
				List.of());
		store.saveJob(job);
		active.put(source.id(), job.id());
		ReadRequest request = new ReadRequest(source.url(), source.options().headers(), source.options().pageSize(), source.options().format(),
				since);
		runners.execute(() -> {
			try {
				SourceReader reader = readers.get(source.type());
				HarvestJob done = new JobRun(source, job, store, records, preparer, owners, clock, () -> stopping, batchSize).run(reader, request);
				log.info("Harvest job {} of {}: {} ({})", done.id(), source.id(), done.status().token(), done.counts());
			}
			finally {
				active.remove(source.id(), job.id());
			}
		});
		return job;
	}

	private Optional<Instant> lastCompleteStart(String sourceId) {
		return store.jobs(sourceId, 50).stream().filter(HarvestJob::complete).map(HarvestJob::started).findFirst();
	}

	/** Sortable by time, unique enough: milliseconds in base 36 and random bits. */
	private static String newId(Instant now) {
		byte[] random = new byte[3];
		ThreadLocalRandom.current().nextBytes(random);
		return Long.toString(now.toEpochMilli(), 36) + "-" + HexFormat.of().formatHex(random);
	}

	@Override
	public void close() {
		// No interrupts: an interrupt during TDB2 file I/O closes its channels. Runs stop at their next page.
		stopping = true;
		runners.shutdown();
		try {
			runners.awaitTermination(15, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
