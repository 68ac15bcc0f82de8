package org.registro.record;

import java.util.Locale;

/** Where a record's latest version stands. Only PUBLISHED versions are ever visible anonymously. */
public enum RecordStatus {

	DRAFT, PUBLISHED, WITHDRAWN;

	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses the {@code ?status=} value of the write API. */
	public static RecordStatus fromToken(String token) {
		for (RecordStatus s : values()) {
			if (s.token().equals(token) && s != WITHDRAWN) {
				return s;
			}
		}
		throw new IllegalArgumentException("status must be 'draft' or 'published', not '" + token + "'");
	}

}
