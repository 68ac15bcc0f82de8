package org.registro.account;

import java.time.Instant;

/** A one-time link to set a password, stored by the SHA-256 digest (hex) of its secret. */
public record Invitation(String digest, String username, Instant expires) {
}
