package org.registro.harvest;

import java.util.Locale;

/** Where a harvest job is. */
public enum JobStatus {

	/** Waiting for a free runner. */
	QUEUED,
	RUNNING,
	/** The whole source was read (records may still have been rejected). */
	FINISHED,
	/** The source could not be read completely (or the run was interrupted): nothing was withdrawn. */
	FAILED;

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean done() {
		return this == FINISHED || this == FAILED;
	}

}
