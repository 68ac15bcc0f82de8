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
import org.registro.vocabulary.Registro;

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

	/** The catalog record's IRI from the record's location (never from a harvested subject). */
	public static String recordIri(String resourceIri) {
		return resourceIri + "/record";
	}

	/**
	 * The content plus the catalog record describing this version of it.
	 * @param iri the record's location (the catalog record is {@code {iri}/record})
	 */
	Graph withCatalogRecord(Graph content, String iri, Origin origin, Instant issued, Instant modified, boolean firstVersion) {
		Graph out = GraphFactory.createDefaultGraph();
		content.find().forEachRemaining(out::add);
		Node record = NodeFactory.createURI(recordIri(iri));
		out.add(Triple.create(record, RDF.type.asNode(), DCAT.CatalogRecord.asNode()));
		out.add(Triple.create(record, FOAF.primaryTopic.asNode(), NodeFactory.createURI(origin.subjectOr(iri))));
		addOrigin(out, record, origin);
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

	private static void addOrigin(Graph g, Node record, Origin origin) {
		if (origin.source() != null) {
			g.add(Triple.create(record, DCTerms.source.asNode(), NodeFactory.createURI(origin.source())));
		}
		if (origin.harvestSource() != null) {
			g.add(Triple.create(record, Registro.harvestSource.asNode(), NodeFactory.createURI(origin.harvestSource())));
		}
	}

	/**
	 * The dataset a record's graph (its content or public graph) describes: its catalog record's
	 * {@code foaf:primaryTopic}, else the location itself (publishers, which have no catalog record).
	 */
	public static Node subjectOf(Graph graph, String location) {
		Node record = NodeFactory.createURI(recordIri(location));
		return graph.find(record, FOAF.primaryTopic.asNode(), Node.ANY)
			.filterKeep((t) -> t.getObject().isURI())
			.nextOptional()
			.map(Triple::getObject)
			.orElseGet(() -> NodeFactory.createURI(location));
	}

	/** The origin a stored version's catalog record states; local when it has none. */
	static Origin originOf(Graph content, String location) {
		Node record = NodeFactory.createURI(recordIri(location));
		return new Origin(subjectOf(content, location).getURI(), iri(content, record, DCTerms.source.asNode()),
				iri(content, record, Registro.harvestSource.asNode())).normalized(location);
	}

	private static String iri(Graph g, Node s, Node p) {
		return g.find(s, p, Node.ANY).filterKeep((t) -> t.getObject().isURI()).nextOptional().map((t) -> t.getObject().getURI()).orElse(null);
	}

	/** The catalog's links to a published dataset (its subject) and its record (at its location). */
	List<Triple> catalogLinks(String location, String subject) {
		Node catalog = NodeFactory.createURI(catalogIri());
		return List.of(Triple.create(catalog, DCAT.dataset.asNode(), NodeFactory.createURI(subject)),
				Triple.create(catalog, DCAT.record.asNode(), NodeFactory.createURI(recordIri(location))));
	}

	/** What a withdrawn record's URI still says: what it was (under its subject IRI), where it came from and when it went. */
	public Graph tombstone(RecordState state) {
		String iri = state.ref().iri(baseUri);
		Origin origin = state.summary().origin();
		Graph g = GraphFactory.createDefaultGraph();
		Node resource = NodeFactory.createURI(origin.subjectOr(iri));
		Node record = NodeFactory.createURI(recordIri(iri));
		g.add(Triple.create(resource, RDF.type.asNode(), state.ref().kind().type().asNode()));
		g.add(Triple.create(record, RDF.type.asNode(), DCAT.CatalogRecord.asNode()));
		g.add(Triple.create(record, FOAF.primaryTopic.asNode(), resource));
		addOrigin(g, record, origin);
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
