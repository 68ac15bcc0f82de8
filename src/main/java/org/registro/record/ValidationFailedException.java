package org.registro.record;

import org.registro.validation.ValidationOutcome;

/** The record has SHACL violations; nothing was stored: 422 with the report. */
public class ValidationFailedException extends RuntimeException {

	private final transient ValidationOutcome outcome;

	public ValidationFailedException(ValidationOutcome outcome) {
		super("The record does not conform to the shapes");
		this.outcome = outcome;
	}

	public ValidationOutcome outcome() {
		return outcome;
	}

}
