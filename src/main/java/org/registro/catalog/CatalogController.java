package org.registro.catalog;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.registro.web.PageResponder;
import org.registro.web.RdfWriting;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/** {@code /catalog}, the home page, and the published JSON-LD context. */
@Controller
class CatalogController {

	/** How many datasets the HTML catalog page lists; the RDF lists them all. */
	private static final int PAGE_LIST = 100;

	private final RecordStore store;

	private final CatalogDescription description;

	private final CatalogListing listing;

	private final PageResponder responder;

	private final RdfWriting writing;

	private final RegistryProperties properties;

	CatalogController(RecordStore store, CatalogDescription description, CatalogListing listing, PageResponder responder,
			RdfWriting writing, RegistryProperties properties) {
		this.store = store;
		this.description = description;
		this.listing = listing;
		this.responder = responder;
		this.writing = writing;
		this.properties = properties;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/catalog";
	}

	@GetMapping({ "/catalog", "/catalog.{ext:ttl|jsonld|rdf|nt}" })
	ModelAndView catalog(@PathVariable(required = false) String ext, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		Graph graph = store.publicGraph(description.iri()).orElseGet(GraphFactory::createDefaultGraph);
		// The catalog graph changes with every publication; its size and a content hash make a cheap version.
		String version = graph.size() + "-" + Integer.toHexString(graph.find().toSet().hashCode());
		PageResponder.Page page = new PageResponder.Page("/catalog", graph, version, null, HttpStatus.OK);
		return responder.respond(request, response, ext, page, () -> {
			List<CatalogListing.Entry> all = listing.all(locale.getLanguage());
			return new ModelAndView("catalog").addObject("title", properties.catalog().title())
				.addObject("description", properties.catalog().description())
				.addObject("total", all.size())
				.addObject("datasets", all.subList(0, Math.min(PAGE_LIST, all.size())))
				.addObject("path", "/catalog")
				.addObject("alternates", PageResponder.alternates("/catalog"));
		});
	}

	@GetMapping(value = "/context.jsonld")
	@ResponseBody
	ResponseEntity<String> context() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/ld+json"))
			.header("Access-Control-Allow-Origin", "*")
			.header("Cache-Control", "public, max-age=86400")
			.body(writing.context().getJsonContent().orElseThrow().toString());
	}

}
