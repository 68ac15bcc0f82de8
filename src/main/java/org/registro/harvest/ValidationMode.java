package org.registro.harvest;

import java.util.Arrays;
import java.util.Optional;

/** What happens to a harvested record with SHACL violations. */
public enum ValidationMode {

	/** Not taken; the job report says why. */
	REJECT("reject"),
	/** Kept as a draft with its report, for a steward to fix; a published version stays public. */
	DRAFT("draft");

	private final String token;

	ValidationMode(String token) {
		this.token = token;
	}

	public String token() {
		return token;
	}

	public static Optional<ValidationMode> fromToken(String token) {
		return Arrays.stream(values()).filter((m) -> m.token.equals(token)).findFirst();
	}

}
