package org.registro.outbound;

import java.io.IOException;

import org.registro.outbound.OutboundException.Reason;

/**
 * Thrown by the body stream for a failure of the fetch itself (cap, stall, broken connection), so
 * that it can be told apart from a reader's own {@link IOException} and become an
 * {@link OutboundException}.
 */
final class FetchFailure extends IOException {

	private final Reason reason;

	FetchFailure(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

}
