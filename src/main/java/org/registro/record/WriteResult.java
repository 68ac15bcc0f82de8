package org.registro.record;

import org.registro.validation.ValidationOutcome;

/**
 * What a write did.
 *
 * @param created true when no record with that id existed before
 * @param changed false when the submitted content equals the latest version (no new version)
 */
public record WriteResult(RecordState state, boolean created, boolean changed, ValidationOutcome outcome) {
}
