package org.registro.account;

import java.time.Instant;
import java.util.List;

/**
 * An account as the API shows it: never a password hash or a token. {@code invitation} (a link
 * to set the password) only in the answer that created the account without a password.
 */
record UserJson(String username, String name, String email, boolean enabled, boolean sysadmin, boolean coordinator,
		boolean hasPassword, String created, List<MemberJson> memberships, String invitation, String invitationExpires) {

	/** One membership: the organization (publisher id) and the role token. */
	record MemberJson(String publisher, String role) {
	}

	static UserJson of(Account a, List<Membership> memberships) {
		return new UserJson(a.username(), a.name(), a.email(), a.enabled(), a.sysadmin(), a.coordinator(), a.passwordHash() != null,
				a.created().toString(), memberships.stream().map((m) -> new MemberJson(m.publisherId(), m.role().token())).toList(), null,
				null);
	}

	UserJson withInvitation(String link, Instant expires) {
		return new UserJson(username, name, email, enabled, sysadmin, coordinator, hasPassword, created, memberships, link,
				expires.toString());
	}

}
