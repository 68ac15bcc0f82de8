package org.registro.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.registro.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: {@code reg_} and 32 random bytes, shown once; only the SHA-256 digest is
 * stored. A token is found by its digest: a lookup on a hash of a 256-bit secret reveals nothing
 * about the secret, so no constant-time comparison is needed.
 */
@Service
public class TokenService {

	/** Writing "last used" on every request would make each API call a write; once a minute is enough. */
	private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final AccountStore store;

	private final Clock clock;

	TokenService(AccountStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** A token just created: its stored description and the secret, shown this once. */
	public record Issued(ApiToken token, String secret) {
	}

	public Issued create(String username, String label) {
		String clean = AccountRules.label(label);
		if (store.account(username).isEmpty()) {
			throw new NotFoundException("No account '" + username + "'");
		}
		String secret = Secrets.newToken();
		ApiToken token = new ApiToken(Secrets.newId(), username, clean, Secrets.digest(secret), clock.instant(), null);
		store.addToken(token);
		return new Issued(token, secret);
	}

	public List<ApiToken> tokens(String username) {
		return store.tokens(username);
	}

	public Optional<ApiToken> token(String id) {
		return id == null || id.length() > 40 ? Optional.empty() : store.token(id);
	}

	public boolean revoke(String id) {
		return store.removeToken(id);
	}

	/** The username of a valid token, noting its use. */
	Optional<String> owner(String secret) {
		if (secret == null || !secret.startsWith(Secrets.TOKEN_PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		String digest = Secrets.digest(secret);
		Optional<ApiToken> token = store.tokenByDigest(digest);
		token.ifPresent((t) -> {
			Instant now = clock.instant();
			if (t.lastUsed() == null || t.lastUsed().plus(TOUCH_EVERY).isBefore(now)) {
				store.tokenUsed(t.id(), now);
			}
		});
		return token.map(ApiToken::username);
	}

}
