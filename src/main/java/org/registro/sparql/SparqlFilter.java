package org.registro.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.server.Dispatcher;
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
 * description from Spring MVC; SPARQL Update is refused before it reaches Fuseki; every request
 * Fuseki serves holds one of the {@link QuerySlots}.
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

	private final ContentNegotiator negotiator;

	private final QuerySlots slots;

	SparqlFilter(ContentNegotiator negotiator, QuerySlots slots) {
		this.negotiator = negotiator;
		this.slots = slots;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (isUpdate(request)) {
			fail(response, HttpServletResponse.SC_FORBIDDEN,
					"SPARQL Update is not available: this endpoint is read-only. Records change through the registry's write API.");
			return;
		}
		if (path.equals(FusekiEndpoint.PATH) && forPage(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (path.equals(FusekiEndpoint.PATH + "/" + FusekiEndpoint.GRAPH_STORE) && !namesOneGraph(request)) {
			fail(response, HttpServletResponse.SC_BAD_REQUEST,
					"Name one record graph with ?graph=<IRI>. The default graph is the union of all of them; query it at "
							+ FusekiEndpoint.PATH + ".");
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
		String type = request.getContentType();
		boolean updateBody = type != null && type.toLowerCase().startsWith("application/sparql-update");
		return updateBody || request.getParameter(HttpNames.paramUpdate) != null;
	}

	private static boolean namesOneGraph(HttpServletRequest request) {
		return request.getParameter(HttpNames.paramGraph) != null && request.getParameter(HttpNames.paramGraphDefault) == null;
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
