package org.registro.sparql;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.registro.web.ContentNegotiator;
import org.registro.web.RdfFormat;
import org.registro.web.RdfView;
import org.registro.web.RdfWriting;
import org.registro.web.Representation;
import org.registro.web.UnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/** {@code /.well-known/void}: the VoID description of the public data (RFC 8615 well-known URI). */
@Controller
class VoidController {

	static final String PATH = "/.well-known/void";

	private static final List<Representation> OFFERS = List.of(Representation.of(RdfFormat.TURTLE),
			Representation.of(RdfFormat.JSONLD), Representation.of(RdfFormat.RDFXML), Representation.of(RdfFormat.NTRIPLES));

	private final ContentNegotiator negotiator;

	private final RdfWriting writing;

	private final VoidDescription description;

	VoidController(ContentNegotiator negotiator, RdfWriting writing, VoidDescription description) {
		this.negotiator = negotiator;
		this.writing = writing;
		this.description = description;
	}

	@GetMapping(PATH)
	ModelAndView describe(HttpServletRequest request, HttpServletResponse response) {
		Representation r = negotiator.negotiate(request, null, OFFERS);
		response.setHeader(HttpHeaders.VARY, "Accept");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
		VoidDescription.Snapshot snapshot = description.current()
			.orElseThrow(() -> new UnavailableException("The VoID statistics are being counted for the first time since start-up.",
					VoidDescription.WAIT.toSeconds()));
		String etag = "\"void-" + snapshot.tag() + "-" + r.key() + "\"";
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return null;
		}
		return new ModelAndView(new RdfView(writing, r.rdf()), Map.of(RdfView.GRAPH, snapshot.graph()));
	}

}
