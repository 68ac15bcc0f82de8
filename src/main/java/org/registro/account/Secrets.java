package org.registro.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets (API tokens, invitation links, ids) and the SHA-256 digests they are stored as. */
final class Secrets {

	/** Every API token starts with this, so a leaked one is easy to recognize (secret scanners). */
	static final String TOKEN_PREFIX = "reg_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** {@code reg_} and 32 random bytes in base64url. */
	static String newToken() {
		return TOKEN_PREFIX + random(32);
	}

	/** 32 random bytes in base64url, for invitation links. */
	static String newInvitation() {
		return random(32);
	}

	/** A public token id: 9 random bytes, 12 base64url characters. */
	static String newId() {
		return random(9);
	}

	static String digest(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}


	private static String random(int bytes) {
		byte[] b = new byte[bytes];
		RANDOM.nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}

}
