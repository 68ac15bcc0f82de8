package org.registro.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.registro.security.AccountDirectory;
import org.registro.security.Actor;
import org.registro.security.OrgRole;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * What security reads about accounts, on every request: the actor with its roles, the owner of an
 * API token, and the password hash for the login form. Rights are never copied into a session, so
 * changes apply to the next request.
 */
@Component
class LiveAccounts implements AccountDirectory, UserDetailsService {

	private final AccountStore store;

	private final TokenService tokens;

	LiveAccounts(AccountStore store, TokenService tokens) {
		this.store = store;
		this.tokens = tokens;
	}

	@Override
	public Optional<Actor> actor(String username) {
		return Optional.ofNullable(username).flatMap(store::account).filter(Account::enabled).map((a) -> {
			Map<String, OrgRole> roles = new HashMap<>();
			store.memberships(a.username()).forEach((m) -> roles.put(m.publisherId(), m.role()));
			return new Actor(a.username(), a.name(), a.sysadmin(), a.coordinator(), roles);
		});
	}

	@Override
	public Optional<String> tokenOwner(String token) {
		return tokens.owner(token).filter((u) -> store.account(u).map(Account::enabled).orElse(false));
	}

	/** An account without a password yet (invited) cannot log in. */
	@Override
	public UserDetails loadUserByUsername(String username) {
		Account a = store.account(username)
			.filter((x) -> x.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account with a password"));
		return User.withUsername(a.username())
			.password(a.passwordHash())
			.disabled(!a.enabled())
			.authorities(List.of(new SimpleGrantedAuthority("ROLE_USER")))
			.build();
	}

}
