package org.registro.dataset;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.registro.record.CatalogEntries;
import org.registro.record.PublicView;
import org.registro.record.RecordKind;
import org.registro.record.RecordNotFoundException;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.system.RegistryProperties;
import org.registro.web.PageResponder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** {@code /dataset/{id}} and {@code /dataset/{id}/distribution/{key}}, with an optional RDF suffix. */
@Controller
class DatasetPageController {

	private static final String ID = "{id:[a-z0-9][a-z0-9_-]{1,99}}";

	private static final String EXT = "{ext:ttl|jsonld|rdf|nt}";

	private static final String KEY = "{key:[A-Za-z0-9_-]{1,100}}";

	private final RecordService records;

	private final PageResponder responder;

	private final DatasetViews views;

	private final SchemaOrgDataset schemaOrg;

	private final String baseUri;

	DatasetPageController(RecordService records, PageResponder responder, DatasetViews views, SchemaOrgDataset schemaOrg,
			RegistryProperties properties) {
		this.records = records;
		this.responder = responder;
		this.views = views;
		this.schemaOrg = schemaOrg;
		this.baseUri = properties.baseUri();
	}

	@GetMapping({ "/dataset/" + ID, "/dataset/" + ID + "." + EXT })
	ModelAndView dataset(@PathVariable String id, @PathVariable(required = false) String ext, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		RecordRef ref = new RecordRef(RecordKind.DATASET, id);
		PublicView view = records.publicView(ref);
		String path = "/dataset/" + id;
		return responder.respond(request, response, ext, page(path, view, view.graph()), () -> {
			if (view instanceof PublicView.Gone) {
				return gone(path, view);
			}
			DatasetView dataset = views.build(view.graph(), ref.iri(baseUri), locale.getLanguage());
			return new ModelAndView("dataset")
				.addObject("dataset", dataset)
				.addObject("path", path)
				.addObject("alternates", PageResponder.alternates(path))
				.addObject("schemaOrg", schemaOrg.jsonLd(dataset, locale.getLanguage()));
		});
	}

	@GetMapping({ "/dataset/" + ID + "/distribution/" + KEY, "/dataset/" + ID + "/distribution/" + KEY + "." + EXT })
	ModelAndView distribution(@PathVariable String id, @PathVariable String key, @PathVariable(required = false) String ext,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		RecordRef ref = new RecordRef(RecordKind.DATASET, id);
		PublicView view = records.publicView(ref);
		String path = "/dataset/" + id + "/distribution/" + key;
		Node distribution = NodeFactory.createURI(ref.iri(baseUri) + "/distribution/" + key);
		Graph graph = view instanceof PublicView.Live ? describe(view.graph(), distribution, ref.iri(baseUri)) : view.graph();
		if (view instanceof PublicView.Live && graph.isEmpty()) {
			throw new RecordNotFoundException(ref, "distribution", key);
		}
		return responder.respond(request, response, ext, page(path, view, graph), () -> {
			if (view instanceof PublicView.Gone) {
				return gone(path, view);
			}
			DatasetView dataset = views.build(view.graph(), ref.iri(baseUri), locale.getLanguage());
			return new ModelAndView("distribution")
				.addObject("dataset", dataset)
				.addObject("distribution", views.distribution(view.graph(), distribution, locale.getLanguage()))
				.addObject("path", path)
				.addObject("alternates", PageResponder.alternates(path));
		});
	}

	private static PageResponder.Page page(String path, PublicView view, Graph graph) {
		boolean gone = view instanceof PublicView.Gone;
		return new PageResponder.Page(path, graph, (gone ? "gone-" : "v") + view.state().version(),
				gone ? view.state().withdrawn() : view.state().published(), gone ? HttpStatus.GONE : HttpStatus.OK);
	}

	static ModelAndView gone(String path, PublicView view) {
		return new ModelAndView("gone").addObject("path", path).addObject("withdrawn", view.state().withdrawn().toString());
	}

	/**
	 * The distribution's own triples, the details it points at inside the record, and its dataset's link to it.
	 * @param location the record's location: the base of its details' IRIs, even when the dataset keeps another IRI
	 */
	private static Graph describe(Graph record, Node distribution, String location) {
		Graph out = GraphFactory.createDefaultGraph();
		record.find(distribution, Node.ANY, Node.ANY).forEachRemaining((t) -> {
			out.add(t);
			Node o = t.getObject();
			if (o.isURI() && o.getURI().startsWith(location + "#")) {
				record.find(o, Node.ANY, Node.ANY).forEachRemaining(out::add);
			}
		});
		if (!out.isEmpty()) {
			out.add(Triple.create(CatalogEntries.subjectOf(record, location), DCAT.distribution.asNode(), distribution));
		}
		return out;
	}

}
