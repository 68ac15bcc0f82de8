package org.registro.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.registro.support.Services;

/** The login throttle's counting, with a clock the test moves. */
class LoginThrottleTest {

	private Instant now = Instant.parse("2026-03-01T10:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	private final LoginThrottle throttle = new LoginThrottle(Services.properties(Path.of("unused")), clock);

	@Test
	void fiveFailuresForOneUsernameLockItForFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("ana", "10.0.0." + i);
		}
		assertThat(throttle.blocked("ana", "10.0.0.9")).isFalse();
		throttle.failed("Ana", "10.0.0.5");
		assertThat(throttle.blocked("ana", "10.0.0.9")).isTrue();
		assertThat(throttle.blocked("otra", "10.0.0.9")).isFalse();
		assertThat(throttle.retryAfterSeconds("ana", "10.0.0.9")).isEqualTo(900);
		now = now.plus(Duration.ofMinutes(14));
		assertThat(throttle.blocked("ana", "10.0.0.9")).isTrue();
		now = now.plus(Duration.ofMinutes(2));
		assertThat(throttle.blocked("ana", "10.0.0.9")).isFalse();
	}

	@Test
	void twentyFailuresFromOneAddressLockTheAddress() {
		for (int i = 0; i < 19; i++) {
			throttle.failed("persona-" + i, "192.0.2.7");
		}
		assertThat(throttle.blocked("nueva", "192.0.2.7")).isFalse();
		throttle.failed("persona-19", "192.0.2.7");
		assertThat(throttle.blocked("nueva", "192.0.2.7")).isTrue();
		assertThat(throttle.blocked("nueva", "192.0.2.8")).isFalse();
	}

	@Test
	void failuresOutsideTheWindowAndSuccessfulLoginsDoNotCount() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("luis", "10.1.0.1");
		}
		now = now.plus(Duration.ofMinutes(16));
		throttle.failed("luis", "10.1.0.1");
		assertThat(throttle.blocked("luis", "10.1.0.1")).isFalse();
		for (int i = 0; i < 3; i++) {
			throttle.failed("luis", "10.1.0.1");
		}
		throttle.succeeded("luis");
		throttle.failed("luis", "10.1.0.1");
		assertThat(throttle.blocked("luis", "10.1.0.1")).isFalse();
	}

}
