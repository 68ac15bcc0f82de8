package org.registro.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /catalog/dump.nq.gz} and {@code /catalog/dump.ttl.gz}: the whole public data for bulk
 * consumers. Served as {@code application/gzip} files, not as N-Quads with
 * {@code Content-Encoding: gzip}: a {@code .gz} download is what bulk tools expect to save as it
 * is, HTTP clients would otherwise unpack it on the fly, and byte ranges (to resume a download)
 * then refer unambiguously to the file's bytes. Spring answers conditional requests (ETag,
 * Last-Modified, 304), {@code Range} (206) and HEAD; {@link IfRange} adds {@code If-Range}.
 */
@Controller
class DumpController {

	static final MediaType GZIP = MediaType.parseMediaType("application/gzip");

	private final DumpFiles files;

	DumpController(DumpFiles files) {
		this.files = files;
	}

	@GetMapping("/catalog/dump.nq.gz")
	ResponseEntity<Resource> quads(HttpServletRequest request, HttpServletResponse response) {
		return serve(DumpFormat.NQUADS, request, response);
	}

	@GetMapping("/catalog/dump.ttl.gz")
	ResponseEntity<Resource> turtle(HttpServletRequest request, HttpServletResponse response) {
		return serve(DumpFormat.TURTLE, request, response);
	}

	private ResponseEntity<Resource> serve(DumpFormat format, HttpServletRequest request, HttpServletResponse response) {
		DumpFiles.Dump dump = files.current(format);
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
			.contentType(GZIP)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(format.downloadName()).build().toString())
			.eTag(dump.etag())
			.lastModified(dump.lastModified())
			// Revalidated on every use (the dump changes with every publication), but shareable.
			.cacheControl(CacheControl.noCache().cachePublic());
		if (request.getHeader(HttpHeaders.RANGE) == null
				|| IfRange.allowsRange(request.getHeader(HttpHeaders.IF_RANGE), dump.etag(), dump.lastModified())) {
			return ok.body(new FileSystemResource(dump.file()));
		}
		// Spring applies a Range to any Resource but an InputStreamResource: send the whole file.
		// The 304 check comes first (RFC 9110 §13.2.2), so no stream is opened for nothing.
		if (new ServletWebRequest(request, response).checkNotModified(dump.etag(), dump.lastModified().toEpochMilli())) {
			return null;
		}
		try {
			return ok.contentLength(dump.length()).body(new InputStreamResource(Files.newInputStream(dump.file())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
