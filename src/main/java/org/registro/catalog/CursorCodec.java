package org.registro.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.registro.search.FeedPosition;
import org.registro.system.RegistryProperties;
import org.registro.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the feed's opaque cursors. A cursor is signed with a key kept in the data
 * directory (so cursors survive a restart), so one that was altered is refused rather than
 * silently starting somewhere else.
 */
@Component
class CursorCodec {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** Enough of the HMAC to make a forgery hopeless, short enough for a URL. */
	private static final int SIGNATURE_BYTES = 16;

	private final SecretKeySpec key;

	CursorCodec(RegistryProperties properties) {
		this.key = new SecretKeySpec(key(properties.dataDir().resolve("feed-cursor.key")), "HmacSHA256");
	}

	String encode(PageCursor cursor) {
		FeedPosition p = cursor.position();
		String payload = String.join("\n", "1", Long.toString(cursor.epoch()), Long.toString(cursor.snapshot()),
				String.valueOf(cursor.direction().code), p == null ? "" : Long.toString(p.modified()), p == null ? "" : p.name(),
				cursor.filters());
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
	}

	/** @throws BadRequestException when the cursor was not written by this registry or was altered */
	PageCursor decode(String text) {
		try {
			int dot = text.indexOf('.');
			byte[] bytes = DECODER.decode(text.substring(0, dot));
			if (!MessageDigest.isEqual(sign(bytes), DECODER.decode(text.substring(dot + 1)))) {
				throw invalid();
			}
			String[] f = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
			if (f.length != 7 || !f[0].equals("1")) {
				throw invalid();
			}
			FeedPosition position = f[4].isEmpty() ? null : new FeedPosition(Long.parseLong(f[4]), f[5]);
			return new PageCursor(Long.parseLong(f[1]), Long.parseLong(f[2]), PageCursor.Direction.of(f[3].charAt(0)), position, f[6]);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			throw invalid();
		}
	}

	private static BadRequestException invalid() {
		return new BadRequestException("The cursor is not one this catalog wrote, or it was altered: follow the feed's links "
				+ "as they are, or start again without a cursor");
	}

	private byte[] sign(byte[] bytes) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] full = mac.doFinal(bytes);
			byte[] out = new byte[SIGNATURE_BYTES];
			System.arraycopy(full, 0, out, 0, SIGNATURE_BYTES);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] key(Path file) {
		try {
			if (Files.notExists(file)) {
				Files.createDirectories(file.getParent());
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				try {
					Files.write(file, fresh, StandardOpenOption.CREATE_NEW);
				}
				catch (java.nio.file.FileAlreadyExistsException raced) {
					// Another start wrote it first: read theirs.
				}
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
