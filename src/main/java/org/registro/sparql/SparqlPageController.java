package org.registro.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.registro.store.SparqlFiles;
import org.registro.system.RegistryProperties;
import org.registro.web.BadRequestException;
import org.registro.web.ContentNegotiator;
import org.registro.web.RdfFormat;
import org.registro.web.RdfView;
import org.registro.web.RdfWriting;
import org.registro.web.Representation;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /sparql} without a query, or from a browser: the service description for RDF clients
 * (Turtle when nothing is asked for, as the Service Description spec expects), the query page for
 * browsers. {@link SparqlFilter} sends everything else to Fuseki.
 */
@Controller
class SparqlPageController {

	/** The editor and result view, from their webjars (no CDN: the page works without internet). */
	private static final List<String> STYLESHEETS = List.of("/webjars/zazuko__yasqe/build/yasqe.min.css",
			"/webjars/zazuko__yasr/build/yasr.min.css");

	private static final List<String> SCRIPTS = List.of("/webjars/zazuko__yasqe/build/yasqe.min.js",
			"/webjars/zazuko__yasr/build/yasr.min.js", "/js/sparql-page.js");

	private static final List<Representation> OFFERS = List.of(Representation.of(RdfFormat.TURTLE),
			Representation.of(RdfFormat.JSONLD), Representation.of(RdfFormat.RDFXML), Representation.of(RdfFormat.NTRIPLES),
			Representation.HTML);

	private final ContentNegotiator negotiator;

	private final RdfWriting writing;

	private final ServiceDescription description;

	private final ExampleQueries examples;

	private final RegistryProperties properties;

	SparqlPageController(ContentNegotiator negotiator, RdfWriting writing, ServiceDescription description, ExampleQueries examples,
			RegistryProperties properties) {
		this.negotiator = negotiator;
		this.writing = writing;
		this.description = description;
		this.examples = examples;
		this.properties = properties;
	}

	@GetMapping(FusekiEndpoint.PATH)
	ModelAndView sparql(@RequestParam(required = false) String query, @RequestParam(required = false) String example,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Representation r = negotiator.negotiate(request, null, OFFERS);
		response.setHeader(HttpHeaders.VARY, "Accept, Accept-Language");
		if (r.isRdf()) {
			return new ModelAndView(new RdfView(writing, r.rdf()), Map.of(RdfView.GRAPH, description.graph()));
		}
		String text = query;
		if (text == null && example != null) {
			text = examples.find(example)
				.orElseThrow(() -> new BadRequestException("There is no example query '" + example + "'."))
				.text();
		}
		ModelAndView page = new ModelAndView("sparql");
		page.addObject("path", FusekiEndpoint.PATH);
		page.addObject("stylesheets", STYLESHEETS);
		page.addObject("scripts", SCRIPTS);
		page.addObject("endpoint", properties.baseUri() + FusekiEndpoint.PATH);
		page.addObject("query", text != null ? text : SparqlFiles.text("page-default"));
		page.addObject("run", text != null);
		page.addObject("examples", examples.all());
		page.addObject("language", locale.getLanguage());
		page.addObject("timeoutSeconds", properties.sparql().queryTimeout().toSeconds());
		page.addObject("maxRows", properties.sparql().maxRows());
		return page;
	}

}
