package org.registro.account;

import java.time.Instant;

/** An API token as stored: its SHA-256 digest (hex), never the token. {@code lastUsed} may be null. */
public record ApiToken(String id, String username, String label, String digest, Instant created, Instant lastUsed) {
}
