package org.registro.security;

import java.util.Optional;

/**
 * What security needs to know about accounts, looked up live on every request so that a disabled
 * account, a revoked token or a changed role takes effect at once. Implemented by the accounts
 * feature; security itself stores nothing.
 */
public interface AccountDirectory {

	/** The enabled account with this username and its roles; empty when unknown or disabled. */
	Optional<Actor> actor(String username);

	/** The username owning this API token, when the token is valid and its account enabled. */
	Optional<String> tokenOwner(String token);

}
