package org.registro.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.registro.system.RegistryProperties;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per username and per client address in a sliding window; past the limit,
 * every attempt is refused until the lockout ends, the right password included, so guessing stays
 * slow. Kept in memory: a restart forgets it, and several instances count separately.
 */
@Component
public class LoginThrottle {

	/** Beyond this many tracked keys, keys with nothing recent are dropped, so a flood of names cannot fill the memory. */
	private static final int TIDY_ABOVE = 10_000;

	private final RegistryProperties.Login limits;

	private final Clock clock;

	private final Map<String, Counter> users = new ConcurrentHashMap<>();

	private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

	public LoginThrottle(RegistryProperties properties, Clock clock) {
		this.limits = properties.login();
		this.clock = clock;
	}

	/** Whether an attempt for this username from this address must be refused now. */
	public boolean blocked(String username, String address) {
		Instant now = clock.instant();
		return blocked(users.get(key(username)), now) || blocked(addresses.get(address), now);
	}

	public void failed(String username, String address) {
		Instant now = clock.instant();
		record(users, key(username), limits.maxFailuresPerUser(), now);
		record(addresses, address, limits.maxFailuresPerAddress(), now);
	}

	/** A successful login clears the username's counter (not the address's: one good password does not vouch for the others). */
	public void succeeded(String username) {
		users.remove(key(username));
	}

	/** Seconds until the lockout for this attempt ends (for {@code Retry-After}). */
	public long retryAfterSeconds(String username, String address) {
		Instant now = clock.instant();
		Instant until = later(until(users.get(key(username))), until(addresses.get(address)));
		return until == null ? 0 : Math.max(1, Duration.between(now, until).toSeconds());
	}

	private void record(Map<String, Counter> counters, String key, int max, Instant now) {
		if (key == null) {
			return;
		}
		if (counters.size() > TIDY_ABOVE) {
			counters.values().removeIf((c) -> c.idle(now, limits.window()));
		}
		counters.computeIfAbsent(key, (k) -> new Counter()).fail(now, max, limits.window(), limits.lockout());
	}

	private static boolean blocked(Counter c, Instant now) {
		return c != null && c.blocked(now);
	}

	private static Instant until(Counter c) {
		return c == null ? null : c.blockedUntil();
	}

	private static Instant later(Instant a, Instant b) {
		return a == null ? b : (b == null || a.isAfter(b) ? a : b);
	}

	/**
	 * No username is longer than 40 characters, so longer ones (which can never log in) share one
	 * counter: a flood of made-up names cannot grow the map with megabyte keys.
	 */
	private static String key(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return key.length() > MAX_USERNAME ? "(too long)" : key;
	}

	private static final int MAX_USERNAME = 40;

	/** Failures of one key within the window, and when its lockout ends. */
	private static final class Counter {

		private final Deque<Instant> failures = new ArrayDeque<>();

		private Instant blockedUntil;

		synchronized void fail(Instant now, int max, Duration window, Duration lockout) {
			while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
				failures.removeFirst();
			}
			failures.addLast(now);
			if (failures.size() >= max) {
				blockedUntil = now.plus(lockout);
				failures.clear();
			}
		}

		synchronized boolean blocked(Instant now) {
			return blockedUntil != null && now.isBefore(blockedUntil);
		}

		synchronized Instant blockedUntil() {
			return blockedUntil;
		}

		synchronized boolean idle(Instant now, Duration window) {
			return !blocked(now) && (failures.isEmpty() || failures.peekLast().isBefore(now.minus(window)));
		}

	}

}
