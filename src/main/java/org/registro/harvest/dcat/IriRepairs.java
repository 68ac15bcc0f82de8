package org.registro.harvest.dcat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * Literals where DCAT-AP wants an IRI (a catalog writing {@code dcat:accessURL "https://…"}): when
 * the text is an absolute http(s) IRI, it becomes that IRI. Anything else stays a literal, for
 * validation to reject in plain words. Readers do not call this; the harvester does, for records of
 * every source type, and tells the steward what was repaired.
 */
public final class IriRepairs {

	/** Properties DCAT-AP 3 gives an IRI (or a resource) as value. */
	static final List<Property> IRI_VALUED = List.of(DCAT.accessURL, DCAT.downloadURL, DCAT.landingPage,
			DCAT.endpointURL, DCAT.endpointDescription, FOAF.homepage, FOAF.page, DCTerms.license,
			DCTerms.accessRights, DCTerms.rights, DCTerms.conformsTo, DCTerms.publisher, DCTerms.creator, DCAT.theme,
			DCTerms.spatial, DCTerms.language, DCTerms.format, DCAT.mediaType, DCAT.compressFormat,
			DCAT.packageFormat, DCTerms.accrualPeriodicity, DCTerms.type);

	private static final Pattern HTTP = Pattern.compile("(?i)https?://[^/?#\\s]+\\S*");

	private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
		.setNsPrefix("dcat", DCAT.NS)
		.setNsPrefix("dct", DCTerms.NS)
		.setNsPrefix("foaf", FOAF.NS)
		.lock();

	private IriRepairs() {
	}

	/**
	 * Repairs {@code graph} in place.
	 * @return one sentence (English) per literal turned into an IRI; empty when nothing was repaired
	 */
	public static List<String> repair(Graph graph) {
		List<Triple> literals = new ArrayList<>();
		for (Property property : IRI_VALUED) {
			literals.addAll(graph.find(Node.ANY, property.asNode(), Node.ANY).filterKeep(IriRepairs::isText).toList());
		}
		List<String> notes = new ArrayList<>();
		for (Triple triple : literals) {
			String text = triple.getObject().getLiteralLexicalForm().strip();
			if (!isAbsoluteHttp(text)) {
				continue;
			}
			Node iri = NodeFactory.createURI(text);
			graph.delete(triple);
			graph.add(Triple.create(triple.getSubject(), triple.getPredicate(), iri));
			notes.add(PREFIXES.shortForm(triple.getPredicate().getURI()) + " of " + describe(triple.getSubject())
					+ " was the text \"" + text + "\"; it is taken as the IRI <" + text + ">.");
		}
		return notes;
	}

	private static boolean isText(Triple triple) {
		Node object = triple.getObject();
		if (!object.isLiteral()) {
			return false;
		}
		String datatype = object.getLiteralDatatypeURI();
		return datatype.equals(XSDDatatype.XSDstring.getURI()) || datatype.equals(RDF.dtLangString.getURI())
				|| datatype.equals(XSD.anyURI.getURI());
	}

	static boolean isAbsoluteHttp(String text) {
		if (!HTTP.matcher(text).matches()) {
			return false;
		}
		try {
			return IRIx.create(text).isAbsolute();
		}
		catch (IRIException ex) {
			return false;
		}
	}

	private static String describe(Node subject) {
		return subject.isURI() ? "<" + subject.getURI() + ">" : "a resource without IRI";
	}

}
