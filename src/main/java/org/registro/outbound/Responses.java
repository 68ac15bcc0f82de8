package org.registro.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;

import org.registro.outbound.OutboundException.Reason;

/** Hands a 2xx response's body to a reader through the guarded streams, and sorts out what failed. */
final class Responses {

	private final Duration readTimeout;

	private final long max;

	private final ScheduledExecutorService timer;

	Responses(Duration readTimeout, long max, ScheduledExecutorService timer) {
		this.readTimeout = readTimeout;
		this.max = max;
		this.timer = timer;
	}

	<T> T read(URI url, HttpResponse<InputStream> response, BodyReader<T> reader) throws OutboundException {
		HttpHeaders headers = response.headers();
		long length = headers.firstValueAsLong("Content-Length").orElse(-1);
		if (length > max) {
			discard(response);
			throw new OutboundException(Reason.TOO_LARGE, url, "The response is " + length + " bytes, more than the limit of " + max);
		}
		String encoding = headers.firstValue("Content-Encoding").map(e -> e.strip().toLowerCase(Locale.ROOT)).orElse(null);
		String[] type = contentType(headers.firstValue("Content-Type").orElse(null));
		// The reader sees the decoded body, whose length the header does not give.
		long decodedLength = encoding == null || encoding.equals("identity") ? length : -1;
		FetchedResponse fetched = new FetchedResponse(url, response.statusCode(), type[0], type[1], decodedLength);
		WireStream wire = new WireStream(response.body(), readTimeout, max, timer);
		BodyStream body;
		try {
			body = BodyStream.open(wire, encoding, max);
		}
		catch (FetchFailure ex) {
			closeQuietly(wire);
			throw failed(ex, url);
		}
		try {
			T result = reader.read(fetched, body);
			if (body.failure() != null) {
				// The reader caught the failure and went on: what it made is from a cut body.
				throw failed(body.failure(), url);
			}
			return result;
		}
		catch (IOException | RuntimeException ex) {
			if (body.failure() != null) {
				throw failed(body.failure(), url);
			}
			throw ex instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
		finally {
			closeQuietly(body);
		}
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// Closing only releases the connection; the body was read or given up already.
		}
	}

	static void discard(HttpResponse<InputStream> response) {
		closeQuietly(response.body());
	}

	static OutboundException failed(FetchFailure failure, URI url) {
		return new OutboundException(failure.reason(), url, 0, failure.getMessage(), failure);
	}

	/** {@code [media type, charset]}, each null when absent. */
	static String[] contentType(String header) {
		if (header == null) {
			return new String[2];
		}
		String[] parts = header.split(";");
		String type = parts[0].strip().toLowerCase(Locale.ROOT);
		String charset = null;
		for (int i = 1; i < parts.length; i++) {
			String[] param = parts[i].split("=", 2);
			if (param.length == 2 && param[0].strip().equalsIgnoreCase("charset")) {
				charset = param[1].strip().replace("\"", "");
			}
		}
		return new String[] { type.contains("/") ? type : null, charset == null || charset.isEmpty() ? null : charset };
	}

}
