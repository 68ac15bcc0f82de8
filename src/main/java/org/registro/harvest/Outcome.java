package org.registro.harvest;

import java.util.Locale;

/** What a harvest did with one record. */
public enum Outcome {

	CREATED, UPDATED, UNCHANGED, WITHDRAWN, REJECTED,
	/** Taken as a draft with its violations (validation mode {@code draft}). */
	DRAFTED;

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

}
