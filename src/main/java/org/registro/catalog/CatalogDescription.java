package org.registro.catalog;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.registro.record.CatalogEntries;
import org.registro.system.RegistryProperties;
import org.springframework.stereotype.Component;

/** The catalog's own description (title, description, publisher, homepage) from configuration. */
@Component
public class CatalogDescription {

	private final RegistryProperties properties;

	private final String catalogIri;

	public CatalogDescription(RegistryProperties properties) {
		this.properties = properties;
		this.catalogIri = new CatalogEntries(properties.baseUri()).catalogIri();
	}

	public String iri() {
		return catalogIri;
	}

	public Graph graph() {
		Graph g = GraphFactory.createDefaultGraph();
		Node catalog = NodeFactory.createURI(catalogIri);
		Node publisher = NodeFactory.createURI(catalogIri + "#publisher");
		RegistryProperties.Catalog c = properties.catalog();
		g.add(Triple.create(catalog, RDF.type.asNode(), DCAT.Catalog.asNode()));
		g.add(Triple.create(catalog, DCTerms.title.asNode(), NodeFactory.createLiteralLang(c.title(), "es")));
		g.add(Triple.create(catalog, DCTerms.description.asNode(), NodeFactory.createLiteralLang(c.description(), "es")));
		g.add(Triple.create(catalog, DCTerms.publisher.asNode(), publisher));
		Node homepage = NodeFactory.createURI(properties.baseUri() + "/");
		g.add(Triple.create(catalog, FOAF.homepage.asNode(), homepage));
		// DCAT-AP's range for foaf:homepage.
		g.add(Triple.create(homepage, RDF.type.asNode(), FOAF.Document.asNode()));
		g.add(Triple.create(publisher, RDF.type.asNode(), FOAF.Agent.asNode()));
		g.add(Triple.create(publisher, FOAF.name.asNode(), NodeFactory.createLiteralLang(c.publisherName(), "es")));
		return g;
	}

	/** Triples of the catalog graph that are the registry's per-dataset links, not the description. */
	static boolean isListing(Triple t) {
		return List.of(DCAT.dataset.asNode(), DCAT.record.asNode()).contains(t.getPredicate());
	}

}
