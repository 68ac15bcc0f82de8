package org.registro.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.registro.outbound.OutboundException.Reason;

/**
 * The body as it comes off the connection: a read that waits longer than the read timeout is
 * ended by closing the stream from a timer (HttpClient's own request timeout stops at the
 * headers), and more than {@code max} bytes on the wire are refused (a compressed body can be
 * endless without ever producing a decompressed byte). Every failure is a {@link FetchFailure}.
 */
final class WireStream extends InputStream {

	private static final long NOT_READING = Long.MIN_VALUE;

	private final InputStream in;

	private final long timeoutNanos;

	private final long max;

	private final ScheduledFuture<?> watch;

	private long count;

	/** When the read in progress started (System.nanoTime), or NOT_READING. */
	private volatile long readSince = NOT_READING;

	private volatile boolean stalled;

	WireStream(InputStream in, Duration readTimeout, long max, ScheduledExecutorService timer) {
		this.in = in;
		this.timeoutNanos = readTimeout.toNanos();
		this.max = max;
		long period = Math.max(timeoutNanos / 4, TimeUnit.MILLISECONDS.toNanos(5));
		this.watch = timer.scheduleWithFixedDelay(this::inspect, period, period, TimeUnit.NANOSECONDS);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n;
		readSince = System.nanoTime();
		try {
			n = in.read(b, off, len);
		}
		catch (IOException ex) {
			throw stalled ? timedOut(ex) : new FetchFailure(Reason.UNREACHABLE, "The connection broke while reading the body: " + ex.getMessage(), ex);
		}
		finally {
			readSince = NOT_READING;
		}
		if (stalled) {
			// Whatever came back after the timer closed the stream must not look like a complete body.
			throw timedOut(null);
		}
		if (n > 0) {
			count += n;
			if (count > max) {
				throw new FetchFailure(Reason.TOO_LARGE, "The response is larger than " + max + " bytes", null);
			}
		}
		return n;
	}

	@Override
	public int available() throws IOException {
		return in.available();
	}

	@Override
	public void close() throws IOException {
		watch.cancel(false);
		in.close();
	}

	private void inspect() {
		long since = readSince;
		if (since != NOT_READING && System.nanoTime() - since > timeoutNanos && !stalled) {
			stalled = true;
			try {
				// Closing the JDK's response stream wakes the blocked read with an IOException.
				in.close();
			}
			catch (IOException ex) {
				// Already broken: the read fails anyway.
			}
		}
	}

	private FetchFailure timedOut(Throwable cause) {
		return new FetchFailure(Reason.TIMEOUT, "No data for " + Duration.ofNanos(timeoutNanos) + " while reading the body", cause);
	}

}
