package org.registro.record;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.registro.store.PublicOp;
import org.registro.store.SparqlFiles;
import org.registro.store.RecordChange;
import org.registro.store.RecordQuery;
import org.registro.store.RecordStore;
import org.registro.store.Staging;
import org.registro.system.RegistryProperties;
import org.registro.validation.RecordValidator;
import org.registro.validation.ValidationOutcome;
import org.springframework.stereotype.Service;

/**
 * Writes and withdraws records. Every write path (API, forms, harvest, import, demo data) comes
 * through here, so every record is shaped and validated the same way, and every change is one
 * transaction with its history entry.
 */
@Service
public class RecordService {

	private final RecordStore store;

	private final RecordValidator validator;

	private final RecordShaper shaper;

	private final CatalogEntries entries;

	private final String baseUri;

	private final Clock clock;

	public RecordService(RecordStore store, RecordValidator validator, RegistryProperties properties, Clock clock) {
		this.store = store;
		this.validator = validator;
		this.baseUri = properties.baseUri();
		this.shaper = new RecordShaper(baseUri);
		this.entries = new CatalogEntries(baseUri);
		this.clock = clock;
	}

	/**
	 * Creates or replaces a record with the submitted description.
	 * @throws InvalidRecordException when the graph cannot be a record of that kind and id
	 * @throws ValidationFailedException when it has SHACL violations (nothing is stored)
	 */
	public WriteResult put(RecordRef ref, Graph submitted, RecordStatus status, String actor) {
		Origin origin = origin(ref);
		return write(ref, shaper.shape(ref, submitted, origin), origin, true, status, actor, null, null, ANY_VERSION);
	}

	/**
	 * Replaces a record only if its latest version is still {@code expectedVersion}, checked in the
	 * write's own transaction, so a save based on an older version never silently undoes a newer one.
	 * @throws RecordConflictException when someone else wrote a newer version (nothing is stored)
	 */
	public WriteResult put(RecordRef ref, Graph submitted, RecordStatus status, String actor, long expectedVersion) {
		if (expectedVersion < 1) {
			throw new IllegalArgumentException("An expected version starts at 1");
		}
		Origin origin = origin(ref);
		return write(ref, shaper.shape(ref, submitted, origin), origin, true, status, actor, null, null, expectedVersion);
	}

	/**
	 * Creates a record that must not exist yet, checked in the write's own transaction, so two
	 * people creating the same id at once cannot overwrite each other.
	 * @throws RecordConflictException when the id is taken (nothing is stored)
	 */
	public WriteResult create(RecordRef ref, Graph submitted, RecordStatus status, String actor) {
		Origin origin = origin(ref);
		return write(ref, shaper.shape(ref, submitted, origin), origin, true, status, actor, null, null, 0);
	}

	/**
	 * The origin a write that states none keeps: the latest version's (a harvested dataset edited
	 * through the forms or the API keeps its source's IRI and its link to the source).
	 */
	private Origin origin(RecordRef ref) {
		return store.state(ref).map((s) -> s.summary().origin()).orElse(Origin.LOCAL);
	}

	/** The IRI of the resource a record describes: the harvested dataset's own IRI, else its location. */
	public String subject(RecordRef ref) {
		return origin(ref).subjectOr(ref.iri(baseUri));
	}

	/**
	 * Moves a record to another status without changing its content: submit for review (draft to in
	 * review), publish (draft or in review to published, validated again against the shapes in force)
	 * or send back (in review to draft, with a comment).
	 * @throws RecordConflictException when the record's status does not allow that move
	 * @throws ValidationFailedException when publishing a version that now has violations
	 */
	public WriteResult transition(RecordRef ref, RecordStatus target, String actor, String comment) {
		return transition(ref, target, actor, comment, ANY_VERSION);
	}

	/**
	 * As {@link #transition(RecordRef, RecordStatus, String, String)}, for the version the person
	 * saw ({@link #ANY_VERSION} for whatever is latest): a reviewer never publishes a version saved
	 * after they looked, and a save landing meanwhile is never undone.
	 * @throws RecordConflictException when the record changed since
	 */
	public WriteResult transition(RecordRef ref, RecordStatus target, String actor, String comment, long seenVersion) {
		RecordState state = store.state(ref).filter((s) -> s.status() != RecordStatus.WITHDRAWN)
			.orElseThrow(() -> new RecordNotFoundException(ref));
		if (seenVersion != ANY_VERSION && seenVersion != state.version()) {
			throw new RecordConflictException("The record changed since version " + seenVersion);
		}
		String action = Workflow.action(state.status(), target)
			.orElseThrow(() -> new RecordConflictException("A record that is " + state.status().token() + " cannot become "
					+ target.token()));
		Graph stored = store.content(ref).orElseThrow(() -> new RecordNotFoundException(ref));
		Graph content = CatalogEntries.withoutCatalogRecord(stored, ref.iri(baseUri));
		return write(ref, content, CatalogEntries.originOf(stored, ref.iri(baseUri)), false, target, actor, action, comment,
				state.version());
	}

	/**
	 * Writes an earlier version's content again as a new draft (a withdrawn record comes back as a
	 * draft); the versions in between stay in the history.
	 * @throws ValidationFailedException when that content violates the shapes in force
	 */
	public WriteResult restore(RecordRef ref, long version, String actor) {
		// The origin that version had: its content describes that subject.
		Graph written = written(ref, version).content();
		Graph content = CatalogEntries.withoutCatalogRecord(written, ref.iri(baseUri));
		return write(ref, content, CatalogEntries.originOf(written, ref.iri(baseUri)), false, RecordStatus.DRAFT, actor,
				HistoryEntry.RESTORE, null, ANY_VERSION);
	}

	/** No version expected: write over whatever is latest. */
	public static final long ANY_VERSION = -1;

	/**
	 * @param origin the origin the content was shaped for
	 * @param kept whether that origin was read from the latest version (checked again in the write:
	 * a harvest that changed it meanwhile makes the content describe the wrong resource)
	 * @param expectedVersion the latest version the write is based on: 0 for none (create), {@link #ANY_VERSION}
	 */
	private WriteResult write(RecordRef ref, Graph content, Origin origin, boolean kept, RecordStatus status, String actor,
			String action, String comment, long expectedVersion) {
		ValidationOutcome outcome = validator.validate(content);
		if (outcome.hasViolations()) {
			throw new ValidationFailedException(outcome);
		}
		WriteResult result = await(store.submit((staging) -> {
			long latest = staging.state(ref).map(RecordState::version).orElse(0L);
			if (expectedVersion == 0 && latest > 0) {
				throw new RecordConflictException("The id '" + ref.id() + "' is already taken");
			}
			if (expectedVersion > 0 && latest != expectedVersion) {
				throw new RecordConflictException("The record changed since version " + expectedVersion + "; it is at version " + latest);
			}
			if (kept && !staging.state(ref).map((s) -> s.summary().origin()).orElse(Origin.LOCAL).equals(origin)) {
				throw new RecordConflictException("The record's origin changed meanwhile (it was harvested); read it again");
			}
			return stagePut(staging, ref, content, origin, status, actor, outcome, action, comment);
		}));
		if (ref.kind() == RecordKind.PUBLISHER && result.state().isPublic()) {
			validator.publisherAvailable(NodeFactory.createURI(ref.iri(baseUri)), true);
		}
		return result;
	}

	/**
	 * Writes a dataset read from another catalog, keeping that catalog's IRI for it. Returns at once
	 * with a future completed when the write has committed, so that a harvester submitting many
	 * before waiting gets them committed together, a few transactions in all. Never throws for a bad
	 * dataset: that is a {@link HarvestWrite.Kind#REJECTED} result.
	 * <p>
	 * A dataset whose latest version is published with the same content (compared as RDF after
	 * blank nodes are named: their labels and the order of triples do not matter) and the same
	 * origin is {@link HarvestWrite.Kind#UNCHANGED} without being validated or written. Otherwise it
	 * is validated here, in the caller's thread; with violations it is rejected, or, when
	 * {@code violationsAsDraft}, kept as a draft with its report (a published version stays public).
	 * @param origin its subject (the dataset's IRI in the source), dct:source and harvest source
	 */
	public CompletableFuture<HarvestWrite> harvest(RecordRef ref, Graph submitted, Origin origin, boolean violationsAsDraft,
			String actor) {
		String iri = ref.iri(baseUri);
		Origin wanted = origin.normalized(iri);
		Graph content;
		try {
			if (ref.kind() != RecordKind.DATASET) {
				throw new InvalidRecordException("Only datasets are harvested; publishers are the registry's own");
			}
			content = shaper.shape(ref, submitted, wanted);
		}
		catch (InvalidRecordException ex) {
			return CompletableFuture.completedFuture(new HarvestWrite(HarvestWrite.Kind.REJECTED, null, null, ex.getMessage()));
		}
		Optional<RecordState> current = store.state(ref);
		if (current.filter((s) -> s.status() == RecordStatus.PUBLISHED && s.summary().origin().equals(wanted)).isPresent()
				&& store.content(ref).map((c) -> Patches.diff(CatalogEntries.withoutCatalogRecord(c, iri), content).isEmpty()).orElse(false)) {
			return CompletableFuture.completedFuture(new HarvestWrite(HarvestWrite.Kind.UNCHANGED, current.get(), null, null));
		}
		ValidationOutcome outcome = validator.validate(content);
		boolean violations = outcome.hasViolations();
		if (violations && !violationsAsDraft) {
			return CompletableFuture.completedFuture(new HarvestWrite(HarvestWrite.Kind.REJECTED, current.orElse(null), outcome, null));
		}
		RecordStatus status = violations ? RecordStatus.DRAFT : RecordStatus.PUBLISHED;
		return store.submit((staging) -> {
			WriteResult r = stagePut(staging, ref, content, wanted, status, actor, outcome, null, null);
			HarvestWrite.Kind kind = violations ? HarvestWrite.Kind.DRAFTED
					: !r.changed() ? HarvestWrite.Kind.UNCHANGED : r.created() ? HarvestWrite.Kind.CREATED : HarvestWrite.Kind.UPDATED;
			return new HarvestWrite(kind, r.state(), outcome, null);
		});
	}

	/**
	 * Withdraws a record: it leaves the public data and its URI answers 410; its history stays.
	 * @throws RecordNotFoundException when there is no such record, or it is already withdrawn
	 */
	public RecordState withdraw(RecordRef ref, String actor) {
		if (ref.kind() == RecordKind.PUBLISHER && publisherInUse(ref)) {
			throw new RecordConflictException("The publisher '" + ref.id() + "' still has published datasets; withdraw or reassign them first");
		}
		RecordState state = await(store.submit((staging) -> stageWithdraw(staging, ref, actor)));
		if (ref.kind() == RecordKind.PUBLISHER) {
			validator.publisherAvailable(NodeFactory.createURI(ref.iri(baseUri)), false);
		}
		return state;
	}

	private boolean publisherInUse(RecordRef ref) {
		return store.readPublic((dsg) -> QueryExec.dataset(dsg)
			.query(SparqlFiles.query("publisher-in-use"))
			.substitution("publisher", NodeFactory.createURI(ref.iri(baseUri)))
			.ask());
	}

	/**
	 * The published version of a record, or its tombstone.
	 * @throws RecordNotFoundException when the record was never published (drafts are invisible)
	 */
	public PublicView publicView(RecordRef ref) {
		RecordState state = store.state(ref).orElseThrow(() -> new RecordNotFoundException(ref));
		if (state.isGone()) {
			return new PublicView.Gone(state, entries.tombstone(state));
		}
		if (!state.isPublic()) {
			throw new RecordNotFoundException(ref);
		}
		return store.publicGraph(ref.iri(baseUri))
			.<PublicView>map((g) -> new PublicView.Live(state, g))
			.orElseThrow(() -> new RecordNotFoundException(ref));
	}

	public Optional<RecordState> state(RecordRef ref) {
		return store.state(ref);
	}

	public List<HistoryEntry> history(RecordRef ref) {
		if (store.state(ref).isEmpty()) {
			throw new RecordNotFoundException(ref);
		}
		return store.history(ref);
	}

	/** The content of one version, rebuilt from the history. */
	public Graph version(RecordRef ref, long version) {
		return Patches.rebuild(ref.iri(baseUri), history(ref), version);
	}

	/** One version's content and the status it was written with, from one read of the history. */
	public Version written(RecordRef ref, long version) {
		List<HistoryEntry> history = history(ref);
		HistoryEntry entry = history.stream().filter((e) -> e.version() == version).findFirst()
			.orElseThrow(() -> new RecordNotFoundException(ref, "version", Long.toString(version)));
		return new Version(Patches.rebuild(ref.iri(baseUri), history, version), entry.statusAfter());
	}

	/**
	 * Every history entry with the content it left, oldest first, rebuilt in one pass (for history
	 * pages that compare each version with the one before). A withdrawal leaves the content it had.
	 */
	public List<Written> historyWithContents(RecordRef ref) {
		List<HistoryEntry> history = history(ref);
		List<Graph> contents = Patches.rebuildAll(ref.iri(baseUri), history);
		List<Written> out = new ArrayList<>(history.size());
		for (int i = 0; i < history.size(); i++) {
			out.add(new Written(history.get(i), contents.get(i)));
		}
		return out;
	}

	/** A history entry and the record's content after it. */
	public record Written(HistoryEntry entry, Graph content) {
	}

	/**
	 * A record's stored content ({@link #latest}) validated again against the shapes in force, for
	 * pages that show its warnings in the reader's language (a stored report keeps one message per
	 * result).
	 */
	public ValidationOutcome revalidate(RecordRef ref, Graph content) {
		return validator.validate(CatalogEntries.withoutCatalogRecord(content, ref.iri(baseUri)));
	}

	/**
	 * The name of a publisher of this registry by its IRI, in the reader's language, as its latest
	 * version says; empty for any other IRI.
	 */
	public Optional<String> publisherName(String iri, Locale locale) {
		String prefix = baseUri + "/" + RecordKind.PUBLISHER.segment() + "/";
		String id = iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
		if (id == null || !RecordRef.isValidId(id)) {
			return Optional.empty();
		}
		return store.state(new RecordRef(RecordKind.PUBLISHER, id)).map((s) -> s.summary().title(locale, id));
	}

	/** The latest version's content as stored, whatever its status (never shown anonymously). */
	public Optional<Graph> latest(RecordRef ref) {
		return store.content(ref);
	}

	/** Whether a submitted description says exactly what the latest version says (saving it would change nothing but the status). */
	public boolean unchanged(RecordRef ref, Graph submitted) {
		Graph shaped = shaper.shape(ref, submitted, origin(ref));
		return store.content(ref)
			.map((c) -> Patches.diff(CatalogEntries.withoutCatalogRecord(c, ref.iri(baseUri)), shaped).isEmpty())
			.orElse(false);
	}

	/** A version of a record as it was written. */
	public record Version(Graph content, RecordStatus status) {
	}

	/**
	 * Gives records written before summaries existed their owner and title (once per data
	 * directory), so that they appear in the stewards' dashboards.
	 */
	public void backfillSummaries() {
		if (store.flag(SUMMARIES_FLAG)) {
			return;
		}
		// Queued all at once so the store gathers them into a few transactions, then awaited.
		List<CompletableFuture<RecordState>> updates = new ArrayList<>();
		for (RecordStatus status : RecordStatus.values()) {
			for (RecordState state : store.find(new RecordQuery(status, null, false, Integer.MAX_VALUE))) {
				if (state.summary().equals(RecordSummary.EMPTY)) {
					store.content(state.ref()).ifPresent((content) -> updates.add(store.submit((staging) -> withSummary(staging, state.ref(), content))));
				}
			}
		}
		updates.forEach(RecordService::await);
		store.setFlag(SUMMARIES_FLAG);
	}

	/** Read again in the write: only the summary changes, and only if nobody wrote one meanwhile. */
	private RecordState withSummary(Staging staging, RecordRef ref, Graph content) {
		RecordState now = staging.state(ref).orElseThrow();
		if (!now.summary().equals(RecordSummary.EMPTY)) {
			return now;
		}
		String iri = ref.iri(baseUri);
		RecordState updated = new RecordState(now.ref(), now.status(), now.version(), now.publishedVersion(), now.created(), now.modified(),
				now.firstPublished(), now.published(), now.withdrawn(), now.warnings(),
				RecordSummary.of(ref, iri, CatalogEntries.originOf(content, iri), content));
		staging.stage(new RecordChange(updated, null, null, null, List.of()));
		return updated;
	}

	private static final String SUMMARIES_FLAG = "summaries-v1";

	/** Projects again records whose public view may not have been written (crash recovery). */
	public void reprojectPending() {
		for (RecordRef ref : store.pendingProjections()) {
			store.state(ref).ifPresent((state) -> await(store.submit((staging) -> {
				Graph content = state.isPublic() ? version(ref, state.publishedVersion()) : null;
				staging.stage(new RecordChange(state, null, null, null, publicOps(ref, state.summary().origin(), content)));
				return state;
			})));
		}
	}

	private WriteResult stagePut(Staging staging, RecordRef ref, Graph content, Origin origin, RecordStatus status, String actor,
			ValidationOutcome outcome, String action, String comment) {
		String iri = ref.iri(baseUri);
		Optional<RecordState> previous = staging.state(ref);
		Graph before = staging.content(ref).orElseGet(GraphFactory::createDefaultGraph);
		boolean wasLive = previous.isPresent() && previous.get().status() != RecordStatus.WITHDRAWN;
		if (wasLive && previous.get().status() == status && previous.get().summary().origin().equals(origin)
				&& Patches.diff(CatalogEntries.withoutCatalogRecord(before, iri), content).isEmpty()) {
			return new WriteResult(previous.get(), false, false, outcome);
		}
		Instant now = clock.instant();
		boolean publish = status == RecordStatus.PUBLISHED;
		boolean firstRelease = previous.map(RecordState::firstPublished).isEmpty();
		Instant firstPublished = firstRelease ? (publish ? now : null) : previous.get().firstPublished();
		long version = previous.map(RecordState::version).orElse(0L) + 1;
		Graph stored = ref.kind() == RecordKind.DATASET
				? entries.withCatalogRecord(content, iri, origin, firstPublished, now, firstRelease)
				: content;
		Patches.Diff diff = Patches.diff(before, stored);
		RecordState state = new RecordState(ref, status, version,
				publish ? version : previous.map(RecordState::publishedVersion).filter((v) -> wasLive).orElse(0L),
				previous.map(RecordState::created).orElse(now), now, firstPublished,
				publish ? now : previous.filter((p) -> wasLive).map(RecordState::published).orElse(null), null,
				outcome.warnings().size(), RecordSummary.of(ref, iri, origin, content));
		String done = action != null ? action : (previous.isEmpty() ? HistoryEntry.CREATE : HistoryEntry.REPLACE);
		HistoryEntry entry = new HistoryEntry(version, now, actor, done, status, diff.added().size(), diff.removed().size(),
				Patches.toPatch(iri, diff), comment);
		List<PublicOp> ops = new ArrayList<>();
		if (publish) {
			// A dataset that now keeps another IRI: the catalog's link to the old one goes.
			previous.filter(RecordState::isPublic)
				.map((p) -> p.summary().origin())
				.filter((o) -> ref.kind() == RecordKind.DATASET && !o.subjectOr(iri).equals(origin.subjectOr(iri)))
				.ifPresent((o) -> ops.add(new PublicOp.Remove(entries.catalogIri(), entries.catalogLinks(iri, o.subjectOr(iri)))));
			ops.addAll(publicOps(ref, origin, stored));
		}
		staging.stage(new RecordChange(state, stored, outcome.graph(), entry, ops));
		return new WriteResult(state, previous.isEmpty(), true, outcome);
	}

	private RecordState stageWithdraw(Staging staging, RecordRef ref, String actor) {
		RecordState previous = staging.state(ref)
			.filter((s) -> s.status() != RecordStatus.WITHDRAWN)
			.orElseThrow(() -> new RecordNotFoundException(ref));
		Instant now = clock.instant();
		RecordState state = new RecordState(ref, RecordStatus.WITHDRAWN, previous.version() + 1, 0, previous.created(), now,
				previous.firstPublished(), null, now, previous.warnings(), previous.summary());
		HistoryEntry entry = new HistoryEntry(state.version(), now, actor, HistoryEntry.WITHDRAW, RecordStatus.WITHDRAWN, 0, 0, "", null);
		staging.stage(new RecordChange(state, null, null, entry,
				previous.isPublic() ? publicOps(ref, previous.summary().origin(), null) : List.of()));
		return state;
	}

	/** The public view of a record: its graph and catalog links when published, nothing otherwise. */
	private List<PublicOp> publicOps(RecordRef ref, Origin origin, Graph published) {
		String iri = ref.iri(baseUri);
		String subject = origin.subjectOr(iri);
		List<PublicOp> ops = new ArrayList<>();
		if (published != null) {
			ops.add(new PublicOp.Replace(iri, published));
			if (ref.kind() == RecordKind.DATASET) {
				ops.add(new PublicOp.Add(entries.catalogIri(), entries.catalogLinks(iri, subject)));
			}
		}
		else {
			ops.add(new PublicOp.Drop(iri));
			if (ref.kind() == RecordKind.DATASET) {
				ops.add(new PublicOp.Remove(entries.catalogIri(), entries.catalogLinks(iri, subject)));
			}
		}
		return ops;
	}

	private static <T> T await(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
