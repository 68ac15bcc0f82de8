package org.registro.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a resource URI the same way for every kind of resource: negotiates the representation,
 * sends {@code Vary}, {@code Link} alternates, {@code ETag} and {@code Last-Modified}, answers
 * {@code 304} to a matching conditional request, and renders RDF itself or the page the caller
 * builds.
 */
@Component
public class PageResponder {

	/**
	 * A resource as the page responder needs it.
	 * @param path the resource's path without suffix, e.g. {@code /dataset/x}
	 * @param version anything that changes whenever the graph does
	 */
	public record Page(String path, Graph graph, String version, Instant lastModified, HttpStatus status) {
	}

	private final ContentNegotiator negotiator;

	private final RdfWriting writing;

	public PageResponder(ContentNegotiator negotiator, RdfWriting writing) {
		this.negotiator = negotiator;
		this.writing = writing;
	}

	/** Returns null when a 304 has been sent. */
	public ModelAndView respond(HttpServletRequest request, HttpServletResponse response, String suffix, Page page,
			Supplier<ModelAndView> html) {
		Representation r = negotiator.negotiate(request, suffix, ContentNegotiator.PAGE);
		response.setHeader(HttpHeaders.VARY, "Accept, Accept-Language");
		for (Representation alt : ContentNegotiator.PAGE) {
			String href = alt.isHtml() ? page.path() : page.path() + "." + alt.rdf().suffix();
			response.addHeader(HttpHeaders.LINK, "<" + href + ">; rel=\"alternate\"; type=\"" + alt.mediaType() + "\"");
		}
		// A logged-in person's HTML carries their header (name, logout form): never shared, and a
		// different ETag from the anonymous page so a login or logout never gets a stale 304.
		boolean personal = r.isHtml() && request.getUserPrincipal() != null;
		response.setHeader(HttpHeaders.CACHE_CONTROL, personal ? "private, no-cache" : "public, no-cache");
		Locale locale = LocaleContextHolder.getLocale();
		// Weak: the same page is sent gzip-compressed or not, and Tomcat only compresses responses
		// whose validator does not promise byte equality.
		String etag = "W/\"" + page.version() + "-" + r.key() + (r.isHtml() ? "-" + locale.getLanguage() : "")
				+ (personal ? "-u" + Integer.toHexString(request.getUserPrincipal().getName().hashCode()) : "") + "\"";
		long lastModified = page.lastModified() == null ? -1 : page.lastModified().toEpochMilli();
		if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified)) {
			return null;
		}
		ModelAndView mav = r.isRdf() ? new ModelAndView(new RdfView(writing, r.rdf()), Map.of(RdfView.GRAPH, page.graph())) : html.get();
		mav.setStatus(page.status());
		return mav;
	}

	/** Every alternate of a page, for the HTML page's own links. */
	public static List<Map<String, String>> alternates(String path) {
		return ContentNegotiator.PAGE.stream()
			.filter(Representation::isRdf)
			.map((r) -> Map.of("href", path + "." + r.rdf().suffix(), "type", r.mediaType().toString(), "label", r.rdf().label()))
			.toList();
	}

}
