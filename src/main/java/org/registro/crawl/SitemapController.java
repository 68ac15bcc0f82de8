package org.registro.crawl;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.registro.system.RegistryProperties;
import org.registro.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /sitemap.xml}: the public pages, or, when they are more than one file may hold, an index
 * of {@code /sitemap-1.xml}, {@code /sitemap-2.xml}… Conditional GET by an ETag of the content.
 */
@Controller
class SitemapController {

	static final String CONTENT_TYPE = "application/xml;charset=UTF-8";

	private final Sitemap sitemap;

	private final String baseUri;

	SitemapController(Sitemap sitemap, RegistryProperties properties) {
		this.sitemap = sitemap;
		this.baseUri = properties.baseUri();
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Sitemap.Snapshot s = sitemap.current();
		if (s.parts() == 1) {
			respond(request, response, s.tag() + "-all", (out) -> SitemapWriter.urls(s.urls(), out));
			return;
		}
		List<Sitemap.Url> parts = new ArrayList<>(s.parts());
		for (int n = 1; n <= s.parts(); n++) {
			parts.add(new Sitemap.Url(baseUri + "/sitemap-" + n + ".xml", SitemapWriter.newest(s.part(n))));
		}
		respond(request, response, s.tag() + "-index", (out) -> SitemapWriter.index(parts, out));
	}

	@GetMapping("/sitemap-{n:[0-9]+}.xml")
	void part(@PathVariable String n, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Sitemap.Snapshot s = sitemap.current();
		int part = partNumber(n, s.parts());
		respond(request, response, s.tag() + "-" + part, (out) -> SitemapWriter.urls(s.part(part), out));
	}

	/** Parts exist only while /sitemap.xml is an index; one list needs none. */
	private static int partNumber(String n, int parts) {
		if (parts > 1 && n.length() <= 9 && !n.startsWith("0") && Integer.parseInt(n) <= parts) {
			return Integer.parseInt(n);
		}
		throw new NotFoundException("No sitemap part " + n + "; see /sitemap.xml");
	}

	private static void respond(HttpServletRequest request, HttpServletResponse response, String tag, Consumer<OutputStream> body)
			throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
		if (new ServletWebRequest(request, response).checkNotModified("\"sitemap-" + tag + "\"")) {
			return;
		}
		response.setContentType(CONTENT_TYPE);
		body.accept(response.getOutputStream());
	}

}
