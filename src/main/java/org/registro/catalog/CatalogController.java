package org.registro.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.record.CatalogEntries;
import org.registro.search.DatasetHit;
import org.registro.search.DatasetIndex;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.registro.web.Labels;
import org.registro.web.Link;
import org.registro.web.PageResponder;
import org.registro.web.RdfText;
import org.registro.web.RdfWriting;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /catalog}: the harvest feed (the catalog with one page of complete records and Hydra
 * paging links), {@code /catalog/withdrawn} (what was withdrawn, for harvesters to remove), the
 * home page, and the published JSON-LD context.
 */
@Controller
class CatalogController {

	private final CatalogFeed feed;

	private final FeedGraphs graphs;

	private final DatasetIndex index;

	private final RecordStore store;

	private final PageResponder responder;

	private final RdfWriting writing;

	private final Labels labels;

	private final RegistryProperties properties;

	CatalogController(CatalogFeed feed, FeedGraphs graphs, DatasetIndex index, RecordStore store, PageResponder responder,
			RdfWriting writing, Labels labels, RegistryProperties properties) {
		this.feed = feed;
		this.graphs = graphs;
		this.index = index;
		this.store = store;
		this.responder = responder;
		this.writing = writing;
		this.labels = labels;
		this.properties = properties;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/catalog";
	}

	@GetMapping({ "/catalog", "/catalog.{ext:ttl|jsonld|rdf|nt}" })
	ModelAndView catalog(@PathVariable(required = false) String ext, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		FeedRequest query = FeedRequest.parse(request.getParameterMap(), properties);
		FeedPage page = feed.page(query, false);
		FeedLinks links = links(request, "/catalog", ext, query);
		Graph graph = graphs.catalogPage(page, self(request), links::url);
		return responder.respond(request, response, ext, page("/catalog", graph, request), () -> {
			FeedLinks local = new FeedLinks("", "/catalog", links.filters(), links.pageSize());
			return new ModelAndView("catalog").addObject("title", properties.catalog().title())
				.addObject("description", properties.catalog().description())
				.addObject("total", page.total())
				.addObject("datasets", entries(graph, page, locale.getLanguage()))
				.addObject("previous", page.previous() == null ? null : local.url(page.previous()))
				.addObject("next", page.next() == null ? null : local.url(page.next()))
				.addObject("path", "/catalog")
				.addObject("alternates", PageResponder.alternates("/catalog"));
		});
	}

	/** The datasets withdrawn after publication, newest first; {@code since} keeps those withdrawn since then. */
	@GetMapping({ "/catalog/withdrawn", "/catalog/withdrawn.{ext:ttl|jsonld|rdf|nt}" })
	ModelAndView withdrawn(@PathVariable(required = false) String ext, HttpServletRequest request, HttpServletResponse response) {
		Map<String, String[]> params = new HashMap<>(request.getParameterMap());
		String[] since = params.remove("since");
		if (since != null) {
			params.put("modified_since", since);
		}
		FeedRequest query = FeedRequest.parse(params, properties);
		FeedPage page = feed.page(query, true);
		FeedLinks links = links(request, "/catalog/withdrawn", ext, query);
		String collection = properties.baseUri() + "/catalog/withdrawn";
		Graph graph = graphs.withdrawnPage(page, collection, self(request), links::url);
		return responder.respond(request, response, ext, page("/catalog/withdrawn", graph, request), () -> {
			FeedLinks local = new FeedLinks("", "/catalog/withdrawn", links.filters(), links.pageSize());
			return new ModelAndView("withdrawn").addObject("total", page.total())
				.addObject("datasets", page.hits())
				.addObject("previous", page.previous() == null ? null : local.url(page.previous()))
				.addObject("next", page.next() == null ? null : local.url(page.next()))
				.addObject("path", "/catalog/withdrawn")
				.addObject("alternates", PageResponder.alternates("/catalog/withdrawn"));
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

	/**
	 * A feed page changes whenever the public data does (a publisher's new name included): its
	 * version is the public data's, within this start of the index, for this query.
	 */
	private PageResponder.Page page(String path, Graph graph, HttpServletRequest request) {
		String query = request.getQueryString() == null ? "" : request.getQueryString();
		String version = Long.toHexString(index.epoch()) + "-" + store.publicVersion() + "-" + Integer.toHexString(query.hashCode());
		return new PageResponder.Page(path, graph, version, index.lastChange(), HttpStatus.OK);
	}

	private FeedLinks links(HttpServletRequest request, String path, String ext, FeedRequest query) {
		return new FeedLinks(properties.baseUri(), ext == null ? path : path + "." + ext, query.filters(),
				request.getParameter("page_size"));
	}

	private String self(HttpServletRequest request) {
		String query = request.getQueryString();
		return properties.baseUri() + request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	private List<CatalogListing.Entry> entries(Graph graph, FeedPage page, String lang) {
		List<CatalogListing.Entry> out = new ArrayList<>();
		Node catalog = NodeFactory.createURI(new CatalogEntries(properties.baseUri()).catalogIri());
		for (DatasetHit hit : page.hits()) {
			Node dataset = NodeFactory.createURI(hit.subject());
			if (!graph.contains(catalog, DCAT.dataset.asNode(), dataset)) {
				continue; // withdrawn since the walk's snapshot: left out, as in the RDF
			}
			String title = RdfText.literal(graph, dataset, DCTerms.title.asNode(), lang).orElse(hit.name());
			Link publisher = RdfText.object(graph, dataset, DCTerms.publisher.asNode())
				.filter(Node::isURI)
				.map((p) -> new Link(labels.localHref(p.getURI()),
						RdfText.literal(graph, p, FOAF.name.asNode(), lang).orElse(p.getURI())))
				.orElse(null);
			out.add(new CatalogListing.Entry(new Link(labels.localHref(hit.iri()), title), publisher, hit.modified().toString()));
		}
		return out;
	}

}
