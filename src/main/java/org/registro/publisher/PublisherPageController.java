package org.registro.publisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.registro.catalog.CatalogListing;
import org.registro.record.PublicView;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.system.RegistryProperties;
import org.registro.web.Link;
import org.registro.web.PageResponder;
import org.registro.web.RdfText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** {@code /publisher/{id}}, with an optional RDF suffix. */
@Controller
class PublisherPageController {

	private final RecordService records;

	private final PageResponder responder;

	private final CatalogListing listing;

	private final String baseUri;

	PublisherPageController(RecordService records, PageResponder responder, CatalogListing listing,
			RegistryProperties properties) {
		this.records = records;
		this.responder = responder;
		this.listing = listing;
		this.baseUri = properties.baseUri();
	}

	@GetMapping({ "/publisher/{id:[a-z0-9][a-z0-9_-]{1,99}}", "/publisher/{id:[a-z0-9][a-z0-9_-]{1,99}}.{ext:ttl|jsonld|rdf|nt}" })
	ModelAndView publisher(@PathVariable String id, @PathVariable(required = false) String ext, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		RecordRef ref = new RecordRef(RecordKind.PUBLISHER, id);
		PublicView view = records.publicView(ref);
		String path = "/publisher/" + id;
		boolean gone = view instanceof PublicView.Gone;
		PageResponder.Page page = new PageResponder.Page(path, view.graph(), (gone ? "gone-" : "v") + view.state().version(),
				gone ? view.state().withdrawn() : view.state().published(), gone ? HttpStatus.GONE : HttpStatus.OK);
		return responder.respond(request, response, ext, page, () -> {
			if (gone) {
				return new ModelAndView("gone").addObject("path", path).addObject("withdrawn", view.state().withdrawn().toString());
			}
			String lang = locale.getLanguage();
			Graph g = view.graph();
			Node p = NodeFactory.createURI(ref.iri(baseUri));
			List<Link> details = new ArrayList<>();
			RdfText.object(g, p, FOAF.homepage.asNode()).ifPresent((n) -> details.add(new Link(RdfText.safeHref(n), RdfText.text(n))));
			RdfText.object(g, p, FOAF.mbox.asNode())
				.ifPresent((n) -> details.add(new Link(RdfText.safeHref(n), RdfText.text(n).replaceFirst("^mailto:", ""))));
			return new ModelAndView("publisher").addObject("iri", ref.iri(baseUri))
				.addObject("name", RdfText.literal(g, p, FOAF.name.asNode(), lang).orElse(id))
				.addObject("details", details)
				.addObject("datasets", listing.byPublisher(ref.iri(baseUri), lang))
				.addObject("path", path)
				.addObject("alternates", PageResponder.alternates(path));
		});
	}


}
