package org.registro.record;

import java.time.Instant;
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
import org.registro.vocabulary.ADMS;

/**
 * The registry's own statements about a record: its {@code dcat:CatalogRecord}, its place in the
 * catalog, and the tombstone left when it is withdrawn.
 */
public final class CatalogEntries {

	private final String baseUri;

	public CatalogEntries(String baseUri) {
		this.baseUri = baseUri;
	}

	public String catalogIri() {
		return baseUri + "/catalog";
	}

	public static String recordIri(String resourceIri) {
		return resourceIri + "/record";
	}

	/** The content plus the catalog record describing this version of it. */
	Graph withCatalogRecord(Graph content, String iri, Instant issued, Instant modified, boolean firstVersion) {
		Graph out = GraphFactory.createDefaultGraph();
		content.find().forEachRemaining(out::add);
		Node record = NodeFactory.createURI(recordIri(iri));
		out.add(Triple.create(record, RDF.type.asNode(), DCAT.CatalogRecord.asNode()));
		out.add(Triple.create(record, FOAF.primaryTopic.asNode(), NodeFactory.createURI(iri)));
		if (issued != null) {
			out.add(Triple.create(record, DCTerms.issued.asNode(), dateTime(issued)));
		}
		out.add(Triple.create(record, DCTerms.modified.asNode(), dateTime(modified)));
		out.add(Triple.create(record, ADMS.status.asNode(), (firstVersion ? ADMS.Created : ADMS.Updated).asNode()));
		return out;
	}

	/** The content without the catalog record, to compare what a client submitted. */
	static Graph withoutCatalogRecord(Graph content, String iri) {
		Node record = NodeFactory.createURI(recordIri(iri));
		Graph out = GraphFactory.createDefaultGraph();
		content.find().filterDrop((t) -> t.getSubject().equals(record)).forEachRemaining(out::add);
		return out;
	}

	/** The catalog's links to a published dataset and its record. */
	List<Triple> catalogLinks(String iri) {
		Node catalog = NodeFactory.createURI(catalogIri());
		return List.of(Triple.create(catalog, DCAT.dataset.asNode(), NodeFactory.createURI(iri)),
				Triple.create(catalog, DCAT.record.asNode(), NodeFactory.createURI(recordIri(iri))));
	}

	/** What a withdrawn record's URI still says: what it was and when it went. */
	public Graph tombstone(RecordState state) {
		String iri = state.ref().iri(baseUri);
		Graph g = GraphFactory.createDefaultGraph();
		Node resource = NodeFactory.createURI(iri);
		Node record = NodeFactory.createURI(recordIri(iri));
		g.add(Triple.create(resource, RDF.type.asNode(), state.ref().kind().type().asNode()));
		g.add(Triple.create(record, RDF.type.asNode(), DCAT.CatalogRecord.asNode()));
		g.add(Triple.create(record, FOAF.primaryTopic.asNode(), resource));
		g.add(Triple.create(record, ADMS.status.asNode(), ADMS.Deleted.asNode()));
		g.add(Triple.create(record, DCTerms.modified.asNode(), dateTime(state.withdrawn())));
		if (state.firstPublished() != null) {
			g.add(Triple.create(record, DCTerms.issued.asNode(), dateTime(state.firstPublished())));
		}
		return g;
	}

	private static Node dateTime(Instant t) {
		return NodeFactory.createLiteralDT(t.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime);
	}

}
