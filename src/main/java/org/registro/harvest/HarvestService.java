package org.registro.harvest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.registro.outbound.Outbound;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.system.RegistryProperties;
import org.registro.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * What the harvest pages and API do: manage sources, start runs, read reports. Permission checks
 * are the callers' (coordinators and sysadmins only).
 */
@Service
public class HarvestService {

	private final HarvestStore store;

	private final HarvestJobs jobs;

	private final SourceForms forms;

	private final Clock clock;

	private final List<SourceListener> listeners = new ArrayList<>();

	HarvestService(HarvestStore store, HarvestJobs jobs, Outbound outbound, RecordService records, RegistryProperties properties, Clock clock) {
		this.store = store;
		this.jobs = jobs;
		String publishers = properties.baseUri() + "/" + RecordKind.PUBLISHER.segment() + "/";
		this.forms = new SourceForms(outbound, (iri) -> iri.startsWith(publishers) && RecordRef.isValidId(iri.substring(publishers.length()))
				&& records.state(new RecordRef(RecordKind.PUBLISHER, iri.substring(publishers.length()))).filter(RecordState::isPublic).isPresent(),
				properties.baseUri());
		this.clock = clock;
	}

	/** Told when a source is saved (the source) or removed (its id, null source), e.g. to reschedule it. */
	interface SourceListener {

		void changed(String id, HarvestSource source);

	}

	synchronized void addListener(SourceListener listener) {
		listeners.add(listener);
	}

	private void tell(String id, HarvestSource source) {
		List<SourceListener> copy;
		synchronized (this) {
			copy = List.copyOf(listeners);
		}
		copy.forEach((l) -> l.changed(id, source));
	}

	/** Every source, by title. */
	public List<HarvestSource> sources() {
		return store.sources();
	}

	public Optional<HarvestSource> source(String id) {
		return store.source(id);
	}

	/** @throws InvalidSourceException when a field is missing or wrong (nothing is saved) */
	public HarvestSource create(SourceForm form, String actor) {
		synchronized (store) {
			HarvestSource source = forms.create(form, actor, clock.instant(), (id) -> store.source(id).isPresent());
			if (!store.createSource(source)) {
				throw new InvalidSourceException(List.of(new InvalidSourceException.FieldError("id", "id-taken",
						"the id '" + source.id() + "' is already used by another source")));
			}
			tell(source.id(), source);
			return source;
		}
	}

	/**
	 * Changes the fields the form gives (null fields stay as they are; the id and type never change).
	 * @throws InvalidSourceException when a field is wrong
	 * @throws NotFoundException when there is no such source
	 */
	public HarvestSource update(String id, SourceForm form) {
		synchronized (store) {
			HarvestSource changed = forms.update(existing(id), form);
			store.replaceSource(changed);
			tell(id, changed);
			return changed;
		}
	}

	/**
	 * Removes a source and its schedule; the records harvested from it stay as they are, and its
	 * job reports stay readable.
	 * @throws NotFoundException when there is no such source
	 */
	public void delete(String id) {
		synchronized (store) {
			if (!store.deleteSource(id)) {
				throw notFound(id);
			}
			tell(id, null);
		}
	}

	/**
	 * Starts a run now (queued when every runner is busy).
	 * @throws JobConflictException when the source already has a job queued or running
	 * @throws NotFoundException when there is no such source
	 */
	public HarvestJob start(String sourceId, String actor) {
		return jobs.start(existing(sourceId), actor);
	}

	public Optional<HarvestJob> job(String id) {
		return store.job(id);
	}

	/** A source's jobs, newest first. */
	public List<HarvestJob> jobs(String sourceId, int limit) {
		return store.jobs(sourceId, limit);
	}

	/**
	 * A page of a job's entries in the order they happened.
	 * @param outcome only these (null: all)
	 * @param page counted from 1
	 */
	public EntryPage entries(String jobId, Outcome outcome, int page, int size) {
		return store.entries(jobId, outcome, Math.max(1, page), Math.max(1, size));
	}

	/** A job's report as RDF: its graph and each entry's SHACL report graph (a copy). */
	public Optional<DatasetGraph> report(String jobId) {
		return store.report(jobId);
	}

	private HarvestSource existing(String id) {
		return store.source(id).orElseThrow(() -> notFound(id));
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("There is no harvest source '" + id + "'");
	}

}
