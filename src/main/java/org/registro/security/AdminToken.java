package org.registro.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.registro.system.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The administrator's bearer token: {@code registry.security.admin-token} when set, otherwise one
 * generated on first start and kept (readable by the owner only) in {@code {data-dir}/admin-token}.
 * Only its SHA-256 digest is held in memory, and comparisons take constant time.
 */
@Component
public class AdminToken {

	private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

	static final String FILE = "admin-token";

	private final byte[] digest;

	public AdminToken(RegistryProperties properties) {
		String configured = properties.security().adminToken();
		String token = StringUtils.hasText(configured) ? configured.strip() : storedOrGenerated(properties.dataDir().resolve(FILE));
		this.digest = sha256(token);
	}

	public boolean matches(String candidate) {
		return candidate != null && MessageDigest.isEqual(digest, sha256(candidate));
	}

	private static String storedOrGenerated(Path file) {
		try {
			if (Files.exists(file)) {
				log.info("Admin token read from {}", file.toAbsolutePath());
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Files.createDirectories(file.getParent());
			Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				log.warn("Cannot restrict the permissions of {}", file);
			}
			log.warn("Generated an admin token and stored it in {} (set registry.security.admin-token to choose one)", file.toAbsolutePath());
			return token;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the admin token file " + file, ex);
		}
	}

	private static byte[] sha256(String s) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
