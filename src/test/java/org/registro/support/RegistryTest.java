package org.registro.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Spring tests: one registry (one context, one temporary data directory with the demo
 * catalog) shared by every test class that extends this, so tests use ids of their own.
 */
public abstract class RegistryTest {

	public static final String TOKEN = "test-admin-token";

	public static final String BASE = "http://localhost:8080";

	@DynamicPropertySource
	static void registry(DynamicPropertyRegistry registry) {
		Path dir = tempDir();
		registry.add("registry.data-dir", dir::toString);
		registry.add("registry.security.admin-token", () -> TOKEN);
		registry.add("registry.base-uri", () -> BASE);
		registry.add("registry.security.demo-accounts", () -> "true");
		// Test sources are served from this machine; the default refuses local addresses.
		registry.add("registry.outbound.allowed-networks", () -> "127.0.0.0/8");
		registry.add("registry.outbound.politeness-delay", () -> "0s");
		registry.add("registry.harvest.scheduler", () -> "false");
	}

	private static Path tempDir() {
		try {
			Path dir = Files.createTempDirectory("registro-test");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
