package org.registro.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import org.registro.outbound.OutboundException.Reason;

/**
 * The stream a {@link BodyReader} gets: decoded (gzip), capped at {@code max} decoded bytes, and
 * remembering the first fetch failure it threw, so that a reader that catches it, or wraps it in
 * its own exception, cannot make a cut body look like a complete one or a parse error.
 */
final class BodyStream extends InputStream {

	private final InputStream in;

	private final long max;

	private long count;

	private FetchFailure failure;

	private BodyStream(InputStream in, long max) {
		this.in = in;
		this.max = max;
	}

	/**
	 * @param encoding the {@code Content-Encoding}, lowercased; null or {@code identity} for none
	 * @throws FetchFailure for an encoding other than gzip, or a gzip header that cannot be read
	 */
	static BodyStream open(WireStream wire, String encoding, long max) throws FetchFailure {
		if (encoding == null || encoding.equals("identity")) {
			return new BodyStream(wire, max);
		}
		if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
			throw new FetchFailure(Reason.UNREACHABLE, "The server sent the body with Content-Encoding " + encoding
					+ ", though only gzip was accepted", null);
		}
		try {
			return new BodyStream(new GZIPInputStream(wire, 8192), max);
		}
		catch (FetchFailure ex) {
			throw ex;
		}
		catch (IOException ex) {
			throw new FetchFailure(Reason.UNREACHABLE, "The gzip body cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** The fetch failure this stream threw, or null. */
	FetchFailure failure() {
		return failure;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (failure != null) {
			throw failure;
		}
		int n;
		try {
			n = in.read(b, off, len);
		}
		catch (FetchFailure ex) {
			throw fail(ex);
		}
		catch (IOException ex) {
			// Not the network (the wire stream says so itself): the gzip data is corrupt.
			throw fail(new FetchFailure(Reason.UNREACHABLE, "The gzip body cannot be read: " + ex.getMessage(), ex));
		}
		if (n > 0) {
			count += n;
			if (count > max) {
				throw fail(new FetchFailure(Reason.TOO_LARGE, "The response is larger than " + max + " bytes", null));
			}
		}
		return n;
	}

	@Override
	public int available() throws IOException {
		return failure != null ? 0 : in.available();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	private FetchFailure fail(FetchFailure ex) {
		failure = ex;
		return ex;
	}

}
