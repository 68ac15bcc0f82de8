package org.registro.web;

/** The resource will be there shortly: 503 with {@code Retry-After}. */
public class UnavailableException extends RuntimeException {

	private final long retryAfterSeconds;

	public UnavailableException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
