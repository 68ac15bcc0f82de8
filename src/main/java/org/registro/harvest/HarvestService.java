package org.registro.harvest;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * What the harvest pages and API do: manage sources, start runs, read reports. Permission checks
 * are the callers' (coordinators and sysadmins only).
 */
@Service
public class HarvestService {

	/** Every source, by title. */
	public List<HarvestSource> sources() {
		throw new UnsupportedOperationException("not yet");
	}

	public Optional<HarvestSource> source(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** @throws InvalidSourceException when a field is missing or wrong (nothing is saved) */
	public HarvestSource create(SourceForm form, String actor) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Changes the fields the form gives (null fields stay as they are; the id and type never change).
	 * @throws InvalidSourceException when a field is wrong
	 * @throws org.registro.web.NotFoundException when there is no such source
	 */
	public HarvestSource update(String id, SourceForm form) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Removes a source and its schedule; the records harvested from it stay as they are, and its
	 * job reports stay readable.
	 * @throws org.registro.web.NotFoundException when there is no such source
	 */
	public void delete(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Starts a run now (queued when every runner is busy).
	 * @throws JobConflictException when the source already has a job queued or running
	 * @throws org.registro.web.NotFoundException when there is no such source
	 */
	public HarvestJob start(String sourceId, String actor) {
		throw new UnsupportedOperationException("not yet");
	}

	public Optional<HarvestJob> job(String id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** A source's jobs, newest first. */
	public List<HarvestJob> jobs(String sourceId, int limit) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * A page of a job's entries in the order they happened.
	 * @param outcome only these (null: all)
	 * @param page counted from 1
	 */
	public EntryPage entries(String jobId, Outcome outcome, int page, int size) {
		throw new UnsupportedOperationException("not yet");
	}

}
