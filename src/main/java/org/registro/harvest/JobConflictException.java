package org.registro.harvest;

/** A run was asked for a source that already has one queued or running. */
public class JobConflictException extends org.registro.web.ConflictException {

	private final String runningJob;

	public JobConflictException(String sourceId, String runningJob) {
		super("The source '" + sourceId + "' already has a job running: " + runningJob);
		this.runningJob = runningJob;
	}

	public String runningJob() {
		return runningJob;
	}

}
