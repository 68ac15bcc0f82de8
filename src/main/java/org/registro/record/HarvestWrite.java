package org.registro.record;

import org.registro.validation.ValidationOutcome;

/**
 * What a harvest write did with one dataset.
 *
 * @param state the record's state after it (before it, when nothing was written), or null when
 * nothing was stored and no record exists
 * @param outcome the validation report, or null when the dataset was not validated (unchanged
 * since the published version, or not a record at all)
 * @param invalid why the submitted graph cannot be a record at all, or null
 */
public record HarvestWrite(Kind kind, RecordState state, ValidationOutcome outcome, String invalid) {

	public enum Kind {

		/** A new record, published. */
		CREATED,

		/** A new version, published. */
		UPDATED,

		/** The same content and origin as the latest version: nothing written, no history entry. */
		UNCHANGED,

		/** Not stored: not a record ({@code invalid}) or SHACL violations ({@code outcome}). */
		REJECTED,

		/**
		 * SHACL violations, kept as a draft with its report; a published version stays public. Also
		 * when that same draft was already the latest version (nothing new is then written).
		 */
		DRAFTED

	}

}
