package org.registro.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import com.aayushatharva.brotli4j.encoder.BrotliOutputStream;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.springframework.http.HttpHeaders;

/**
 * A response that decides at its first byte whether to Brotli-compress the body: when its type is
 * one of the compressible ones, it has a status with a body, no coding yet, and no strong ETag (a
 * strong validator promises the exact bytes). A length set before that is held back and dropped
 * when compressing.
 */
final class BrotliResponse extends HttpServletResponseWrapper {

	/** Quality 5: most of the gain of the maximum at a small part of its cost, for bodies made per request. */
	private static final Encoder.Parameters PARAMETERS = new Encoder.Parameters().setQuality(5);

	private final Set<String> types;

	private Boolean compress;

	private long heldLength = -1;

	private OutputStream body;

	private ServletOutputStream stream;

	private PrintWriter writer;

	BrotliResponse(HttpServletResponse response, Set<String> types) {
		super(response);
		this.types = types;
	}

	@Override
	public void setContentLength(int len) {
		setContentLengthLong(len);
	}

	@Override
	public void setContentLengthLong(long len) {
		if (compress == null) {
			heldLength = len;
		}
		else if (!compress) {
			super.setContentLengthLong(len);
		}
	}

	@Override
	public void setHeader(String name, String value) {
		if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
			setContentLengthLong(Long.parseLong(value));
			return;
		}
		super.setHeader(name, value);
	}

	@Override
	public void addHeader(String name, String value) {
		if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
			setContentLengthLong(Long.parseLong(value));
			return;
		}
		super.addHeader(name, value);
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (stream == null) {
			stream = new Stream();
		}
		return stream;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (writer == null) {
			writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
		}
		return writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		if (writer != null) {
			writer.flush();
		}
		if (body != null) {
			body.flush();
		}
		super.flushBuffer();
	}

	@Override
	public void reset() {
		super.reset();
		compress = null;
		heldLength = -1;
		body = null;
		stream = null;
		writer = null;
	}

	/** Ends the body (the Brotli stream's last block), or passes the held length on. */
	void finish() throws IOException {
		if (writer != null) {
			writer.flush();
		}
		decide();
		if (body instanceof BrotliOutputStream brotli) {
			brotli.close();
		}
	}

	private OutputStream body() throws IOException {
		decide();
		if (body == null) {
			body = compress ? new BrotliOutputStream(super.getOutputStream(), PARAMETERS) : super.getOutputStream();
		}
		return body;
	}

	private void decide() {
		if (compress != null) {
			return;
		}
		String type = getContentType();
		boolean compressible = type != null && types.contains(type.split(";")[0].trim().toLowerCase(Locale.ROOT));
		int status = getStatus();
		String etag = getHeader(HttpHeaders.ETAG);
		compress = compressible && status != SC_NO_CONTENT && status != SC_PARTIAL_CONTENT && status != SC_NOT_MODIFIED
				&& getHeader(HttpHeaders.CONTENT_ENCODING) == null && (etag == null || etag.startsWith("W/"));
		if (compressible) {
			addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		if (compress) {
			super.setHeader(HttpHeaders.CONTENT_ENCODING, "br");
		}
		else if (heldLength >= 0) {
			super.setContentLengthLong(heldLength);
		}
	}

	/** The servlet stream the application writes to. */
	private final class Stream extends ServletOutputStream {

		@Override
		public void write(int b) throws IOException {
			body().write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			body().write(b, off, len);
		}

		@Override
		public void flush() throws IOException {
			if (body != null) {
				body.flush();
			}
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("Asynchronous writes are not compressed");
		}

	}

}
