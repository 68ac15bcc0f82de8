package org.registro.account;

import java.time.Instant;

/**
 * A person who logs in. The password is only ever held as a hash ({@code {bcrypt}…}), null until
 * the person sets one through an invitation.
 */
public record Account(String username, String name, String email, String passwordHash, boolean enabled, boolean sysadmin,
		boolean coordinator, Instant created) {

	public Account withPasswordHash(String hash) {
		return new Account(username, name, email, hash, enabled, sysadmin, coordinator, created);
	}

	public Account withProfile(String newName, String newEmail) {
		return new Account(username, newName, newEmail, passwordHash, enabled, sysadmin, coordinator, created);
	}

	public Account withFlags(boolean isEnabled, boolean isSysadmin, boolean isCoordinator) {
		return new Account(username, name, email, passwordHash, isEnabled, isSysadmin, isCoordinator, created);
	}

}
