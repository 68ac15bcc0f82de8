package org.registro.account;

import org.registro.security.OrgRole;

/** A person's role in one organization (publisher id). */
public record Membership(String username, String publisherId, OrgRole role) {
}
