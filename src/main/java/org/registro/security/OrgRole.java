package org.registro.security;

import java.util.Locale;

/** A person's role in one organization (publisher): ADMIN manages its members, EDITOR edits its records, MEMBER reads its drafts. */
public enum OrgRole {

	ADMIN, EDITOR, MEMBER;

	/** The lowercase name used in the API and the pages: {@code admin}, {@code editor}, {@code member}. */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws IllegalArgumentException for anything but admin, editor or member */
	public static OrgRole ofToken(String token) {
		for (OrgRole r : values()) {
			if (r.token().equals(token)) {
				return r;
			}
		}
		throw new IllegalArgumentException("role must be 'admin', 'editor' or 'member', not '" + token + "'");
	}

	/** EDITOR and ADMIN may edit the organization's records. */
	public boolean edits() {
		return this != MEMBER;
	}

}
