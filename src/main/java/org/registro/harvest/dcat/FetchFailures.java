package org.registro.harvest.dcat;

import java.net.URI;

import org.registro.harvest.read.RunError;
import org.registro.outbound.OutboundException;

/** A failed fetch as a report gives it: the reason, the HTTP status if any, and the outbound's words. */
final class FetchFailures {

	static final String CODE = "fetch-failed";

	private FetchFailures() {
	}

	static RunError of(URI url, OutboundException ex) {
		StringBuilder detail = new StringBuilder(ex.reason().name());
		if (ex.status() > 0) {
			detail.append(" (HTTP ").append(ex.status()).append(')');
		}
		if (ex.getMessage() != null && !ex.getMessage().isBlank()) {
			detail.append(": ").append(ex.getMessage());
		}
		return new RunError((ex.url() == null ? url : ex.url()).toString(), CODE, detail.toString());
	}

}
