package org.registro.outbound;

import java.time.Duration;
import java.util.List;

import org.registro.system.RegistryProperties;
import org.springframework.util.unit.DataSize;

/** {@code registry.outbound} settings for tests: short timeouts, no politeness delay unless asked. */
record Settings(List<String> allowed, Duration readTimeout, DataSize max, int maxRedirects, Duration delay, int perHost) {

	static Settings allowing(String... networks) {
		return new Settings(List.of(networks), Duration.ofSeconds(5), DataSize.ofMegabytes(1), 5, Duration.ZERO, 4);
	}

	Settings readTimeout(Duration timeout) {
		return new Settings(allowed, timeout, max, maxRedirects, delay, perHost);
	}

	Settings max(DataSize size) {
		return new Settings(allowed, readTimeout, size, maxRedirects, delay, perHost);
	}

	Settings politeness(Duration d, int concurrency) {
		return new Settings(allowed, readTimeout, max, maxRedirects, d, concurrency);
	}

	HttpOutbound outbound() {
		return new HttpOutbound(new RegistryProperties.Outbound(allowed, Duration.ofSeconds(2), readTimeout, max, maxRedirects,
				delay, perHost, "Registro-test/1"));
	}

}
