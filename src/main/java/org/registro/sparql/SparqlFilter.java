package org.registro.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.server.Dispatcher;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.web.HttpNames;
import org.registro.web.ContentNegotiator;
import org.registro.web.NotAcceptableException;
import org.registro.web.Representation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends each request under {@code /sparql} to Fuseki's dispatcher or to the registry's own pages.
 * A browser (HTML preferred) and a request without a query get the query page or the service
 * description from Spring MVC. Before anything reaches Fuseki: SPARQL Update is refused, a query
 * body is read whole and bounded, Fuseki's parameters that echo request text into the response are
 * refused, and a Graph Store read must name one record graph. Every request Fuseki serves then
 * holds one of the {@link QuerySlots}.
 * <p>
 * Errors here are plain text, as Fuseki's own are: SPARQL clients show the body of a failed request
 * as it is, and one endpoint should not answer in two error formats.
 */
final class SparqlFilter extends OncePerRequestFilter {

	/** Result formats first, so that {@code *}/{@code *} (curl, libraries) never gets the page. */
	private static final List<Representation> RESULTS_OR_PAGE = List.of(
			new Representation(MediaType.parseMediaType("application/sparql-results+json"), null),
			new Representation(MediaType.parseMediaType("application/sparql-results+xml"), null),
			new Representation(MediaType.parseMediaType("text/csv"), null),
			new Representation(MediaType.parseMediaType("text/tab-separated-values"), null),
			new Representation(MediaType.parseMediaType("application/json"), null),
			new Representation(MediaType.parseMediaType("application/xml"), null),
			new Representation(MediaType.parseMediaType("text/turtle"), null),
			new Representation(MediaType.parseMediaType("application/ld+json"), null),
			new Representation(MediaType.parseMediaType("application/rdf+xml"), null),
			new Representation(MediaType.parseMediaType("application/n-triples"), null), Representation.HTML);

	/** Fuseki extras that write request text into the response (an XSL reference, a JSONP prefix). */
	private static final List<String> REFUSED_PARAMETERS = List.of(HttpNames.paramStyleSheet, HttpNames.paramCallback,
			HttpNames.paramForceAccept);

	private final ContentNegotiator negotiator;

	private final QuerySlots slots;

	private final long maxQuerySize;

	SparqlFilter(ContentNegotiator negotiator, QuerySlots slots, long maxQuerySize) {
		this.negotiator = negotiator;
		this.slots = slots;
		this.maxQuerySize = maxQuerySize;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getContentLengthLong() > maxQuerySize) {
			fail(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
			return;
		}
		if (isQueryBody(request)) {
			request = BufferedBody.read(request, maxQuerySize);
			if (request == null) {
				fail(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
				return;
			}
		}
		Refusal refusal = refusal(request, path);
		if (refusal != null) {
			fail(response, refusal.status(), refusal.message());
			return;
		}
		if (path.equals(FusekiEndpoint.PATH) && forPage(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (!acquire()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(slots.retryAfterSeconds()));
			fail(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
					"The SPARQL endpoint is busy with other queries. Try again in " + slots.retryAfterSeconds() + " s.");
			return;
		}
		try {
			if (!Dispatcher.dispatch(request, response)) {
				chain.doFilter(request, response);
			}
		}
		finally {
			slots.release();
		}
	}

	private record Refusal(int status, String message) {
	}

	/** Why the request is refused before it reaches Fuseki, or null. Reads form parameters (bounded by the container). */
	private Refusal refusal(HttpServletRequest request, String path) {
		if (isUpdate(request)) {
			return new Refusal(HttpServletResponse.SC_FORBIDDEN,
					"SPARQL Update is not available: this endpoint is read-only. Records change through the registry's write API.");
		}
		String query = request.getParameter(HttpNames.paramQuery);
		if (query != null && query.length() > maxQuerySize) {
			return new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge());
		}
		for (String name : REFUSED_PARAMETERS) {
			if (request.getParameter(name) != null) {
				return new Refusal(HttpServletResponse.SC_BAD_REQUEST, "The parameter '" + name + "' is not supported here.");
			}
		}
		if (path.equals(FusekiEndpoint.PATH + "/" + FusekiEndpoint.GRAPH_STORE) && !namesOneGraph(request)) {
			return new Refusal(HttpServletResponse.SC_BAD_REQUEST,
					"Name one record graph by its IRI: ?graph=<IRI>. The default graph is the union of all of them; query it at "
							+ FusekiEndpoint.PATH + ".");
		}
		return null;
	}

	private String tooLarge() {
		return "The query is longer than " + maxQuerySize + " bytes (registry.sparql.max-query-size).";
	}

	private static boolean isQueryBody(HttpServletRequest request) {
		return HttpMethod.POST.matches(request.getMethod()) && hasContentType(request, "application/sparql-query");
	}

	/** A GET without a query, or one from a browser without an explicit format parameter. */
	private boolean forPage(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return false;
		}
		if (request.getParameter(HttpNames.paramQuery) == null) {
			return true;
		}
		if (request.getParameter(HttpNames.paramOutput1) != null || request.getParameter(HttpNames.paramOutput2) != null
				|| request.getParameter(HttpNames.paramOutput3) != null) {
			return false;
		}
		try {
			return negotiator.negotiate(request.getHeader(HttpHeaders.ACCEPT), RESULTS_OR_PAGE).isHtml();
		}
		catch (NotAcceptableException ex) {
			return false;
		}
	}

	private static boolean isUpdate(HttpServletRequest request) {
		return hasContentType(request, "application/sparql-update") || request.getParameter(HttpNames.paramUpdate) != null;
	}

	/**
	 * One graph named by an absolute IRI: Fuseki also reads {@code graph=union} and
	 * {@code graph=default} as the special graphs, and the union is the whole store.
	 */
	/** Compared as text, parameters ignored: a malformed Content-Type is Fuseki's to refuse (415), not an error here. */
	private static boolean hasContentType(HttpServletRequest request, String mediaType) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith(mediaType);
	}

	private static boolean namesOneGraph(HttpServletRequest request) {
		String graph = request.getParameter(HttpNames.paramGraph);
		if (graph == null || request.getParameter(HttpNames.paramGraphDefault) != null) {
			return false;
		}
		try {
			return IRIx.create(graph).isAbsolute();
		}
		catch (IRIException ex) {
			return false;
		}
	}

	private boolean acquire() {
		try {
			return slots.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void fail(HttpServletResponse response, int status, String message) throws IOException {
		byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType("text/plain;charset=utf-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
