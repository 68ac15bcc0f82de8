package org.registro.record;

import java.util.Locale;

/**
 * Where a record's latest version stands: {@code DRAFT} → {@code IN_REVIEW} → {@code PUBLISHED},
 * or {@code WITHDRAWN}. Only PUBLISHED versions are ever visible anonymously.
 */
public enum RecordStatus {

	DRAFT("draft"), IN_REVIEW("review"), PUBLISHED("published"), WITHDRAWN("withdrawn");

	private final String token;

	RecordStatus(String token) {
		this.token = token;
	}

	/** The lowercase name used in the API, the pages and the stored state. */
	public String token() {
		return token;
	}

	/** Parses any stored token, withdrawn included. */
	public static RecordStatus ofToken(String token) {
		for (RecordStatus s : values()) {
			if (s.token.equals(token.toLowerCase(Locale.ROOT))) {
				return s;
			}
		}
		throw new IllegalArgumentException("Unknown record status '" + token + "'");
	}

	/** Parses the {@code ?status=} value of the write API (a write cannot withdraw). */
	public static RecordStatus fromToken(String token) {
		for (RecordStatus s : values()) {
			if (s.token.equals(token) && s != WITHDRAWN) {
				return s;
			}
		}
		throw new IllegalArgumentException("status must be 'draft', 'review' or 'published', not '" + token + "'");
	}

}
