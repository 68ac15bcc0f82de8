package org.registro.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.VCARD4;
import org.registro.record.CatalogEntries;
import org.registro.web.Labels;
import org.registro.web.Link;
import org.registro.web.RdfText;
import org.springframework.stereotype.Component;

/** Builds {@link DatasetView}s from a dataset's graph. */
@Component
class DatasetViews {

	private final Labels labels;

	DatasetViews(Labels labels) {
		this.labels = labels;
	}

	/** @param iri the record's location; the dataset described is its catalog record's primary topic */
	DatasetView build(Graph g, String iri, String lang) {
		Node d = CatalogEntries.subjectOf(g, iri);
		Node record = NodeFactory.createURI(CatalogEntries.recordIri(iri));
		Link source = RdfText.object(g, record, DCTerms.source.asNode())
			.filter(Node::isURI)
			.map((n) -> new Link(labels.localHref(n.getURI()), n.getURI()))
			.orElse(null);
		List<DatasetView.DistributionView> distributions = RdfText.objects(g, d, DCAT.distribution.asNode())
			.stream()
			.map((n) -> distribution(g, n, lang))
			.sorted(Comparator.comparing((DatasetView.DistributionView v) -> v.title() == null ? "" : v.title()))
			.toList();
		Link original = d.getURI().equals(iri) ? null : new Link(labels.localHref(d.getURI()), d.getURI());
		return new DatasetView(iri, d.getURI(), original, source, text(g, d, DCTerms.title.asNode(), lang), text(g, d, DCTerms.description.asNode(), lang),
				RdfText.literals(g, d, DCAT.keyword.asNode(), lang), links(g, d, DCAT.theme.asNode(), lang),
				link(g, d, DCTerms.publisher.asNode(), lang), contacts(g, d, lang), periods(g, d),
				links(g, d, DCTerms.spatial.asNode(), lang), link(g, d, DCTerms.accrualPeriodicity.asNode(), lang),
				links(g, d, DCTerms.language.asNode(), lang), link(g, d, DCTerms.accessRights.asNode(), lang),
				link(g, d, DCAT.landingPage.asNode(), lang), text(g, d, DCTerms.identifier.asNode(), lang),
				first(g, record, DCTerms.issued.asNode(), d, DCTerms.issued.asNode()),
				first(g, d, DCTerms.modified.asNode(), record, DCTerms.modified.asNode()), distributions);
	}

	DatasetView.DistributionView distribution(Graph g, Node n, String lang) {
		String iri = n.isURI() ? n.getURI() : null;
		String path = iri == null ? null : labels.localHref(iri);
		String title = text(g, n, DCTerms.title.asNode(), lang);
		return new DatasetView.DistributionView(iri, path, title, text(g, n, DCTerms.description.asNode(), lang),
				link(g, n, DCAT.accessURL.asNode(), lang), link(g, n, DCAT.downloadURL.asNode(), lang), link(g, n, DCTerms.format.asNode(), lang),
				link(g, n, DCAT.mediaType.asNode(), lang), link(g, n, DCTerms.license.asNode(), lang),
				RdfText.object(g, n, DCAT.byteSize.asNode()).map(RdfText::text).orElse(null),
				RdfText.object(g, n, DCTerms.modified.asNode()).map(RdfText::text).orElse(null));
	}

	private List<DatasetView.ContactView> contacts(Graph g, Node d, String lang) {
		List<DatasetView.ContactView> out = new ArrayList<>();
		for (Node c : RdfText.objects(g, d, DCAT.contactPoint.asNode())) {
			String name = text(g, c, VCARD4.fn.asNode(), lang);
			Node email = RdfText.object(g, c, VCARD4.hasEmail.asNode()).orElse(null);
			Node url = RdfText.object(g, c, VCARD4.hasURL.asNode()).orElse(null);
			out.add(new DatasetView.ContactView(name, email == null ? null : new Link(RdfText.safeHref(email), RdfText.text(email).replaceFirst("^mailto:", "")),
					url == null ? null : new Link(RdfText.safeHref(url), RdfText.text(url))));
		}
		return out;
	}

	private static List<String> periods(Graph g, Node d) {
		List<String> out = new ArrayList<>();
		for (Node p : RdfText.objects(g, d, DCTerms.temporal.asNode())) {
			String start = RdfText.object(g, p, DCAT.startDate.asNode()).map(RdfText::text).orElse("…");
			String end = RdfText.object(g, p, DCAT.endDate.asNode()).map(RdfText::text).orElse("…");
			out.add(start + " – " + end);
		}
		return out;
	}

	private Link link(Graph g, Node s, Node p, String lang) {
		return RdfText.object(g, s, p).map((n) -> labels.link(n, lang)).orElse(null);
	}

	private List<Link> links(Graph g, Node s, Node p, String lang) {
		return RdfText.objects(g, s, p).stream().map((n) -> labels.link(n, lang)).toList();
	}

	private static String text(Graph g, Node s, Node p, String lang) {
		return RdfText.literal(g, s, p, lang).orElse(null);
	}

	private static String first(Graph g, Node s1, Node p1, Node s2, Node p2) {
		return RdfText.object(g, s1, p1).or(() -> RdfText.object(g, s2, p2)).map(RdfText::text).orElse(null);
	}

}
