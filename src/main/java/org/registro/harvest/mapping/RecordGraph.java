package org.registro.harvest.mapping;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VCARD4;
import org.registro.vocabulary.Iana;

/**
 * One record's graph being built from source values. Every adder takes possibly absent values and
 * adds nothing for them, so mappers read as a list of field-to-property lines. Texts are untagged
 * literals: the sources these readers take do not say which language a text is in.
 */
public final class RecordGraph {

	private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

	private final Graph graph = GraphFactory.createDefaultGraph();

	private final ValueTables tables;

	public RecordGraph(ValueTables tables) {
		this.tables = tables;
	}

	public Graph graph() {
		return graph;
	}

	public ValueTables tables() {
		return tables;
	}

	public Node blank() {
		return NodeFactory.createBlankNode();
	}

	public void type(Node s, Resource type) {
		graph.add(s, RDF.type.asNode(), type.asNode());
	}

	public void add(Node s, Property p, Optional<Node> o) {
		o.ifPresent((n) -> graph.add(s, p.asNode(), n));
	}

	public void text(Node s, Property p, Optional<String> value) {
		add(s, p, value.map(NodeFactory::createLiteralString));
	}

	/** An absolute http(s) IRI; anything else is left out. */
	public void web(Node s, Property p, Optional<String> value) {
		add(s, p, value.flatMap(Iris::web));
	}

	public void date(Node s, Property p, Optional<String> value) {
		add(s, p, value.flatMap(Dates::literal));
	}

	/** A size in bytes: a whole number, not negative, written as a number or as text. */
	public void byteSize(Node s, Optional<String> value) {
		add(s, DCAT.byteSize, value.map(String::strip).filter((v) -> v.matches("\\d+"))
			.map((v) -> NodeFactory.createLiteralDT(new BigInteger(v).toString(), XSDDatatype.XSDnonNegativeInteger)));
	}

	/** An IANA media type ("text/csv", parameters dropped) as its IANA IRI. */
	public void mediaType(Node s, Optional<String> value) {
		add(s, DCAT.mediaType, value.map((v) -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
			.filter((v) -> MEDIA_TYPE.matcher(v).matches()).map((v) -> NodeFactory.createURI(Iana.MEDIA_TYPES + v)));
	}

	/** A format: an IRI, else the EU file type of that code, else a media type written as format. */
	public void format(Node s, Optional<String> value) {
		Optional<Node> type = value.flatMap(Iris::web).or(() -> value.flatMap(tables::fileType));
		if (type.isPresent()) {
			add(s, DCTerms.format, type);
		}
		else if (value.isPresent() && value.get().contains("/")) {
			mediaType(s, value);
		}
	}

	/**
	 * A licence node: the IRI of the first candidate that is an IRI or a name known in
	 * {@code harvest/licences.ttl}; else, when there is a label, a {@code dct:LicenseDocument}
	 * blank node labelled with it, so the record still says what the source said; else none.
	 */
	public Optional<Node> licence(List<String> candidates, Optional<String> label) {
		for (String c : candidates) {
			Optional<Node> iri = tables.licence(c);
			if (iri.isPresent()) {
				return iri;
			}
		}
		return label.map((l) -> {
			Node doc = blank();
			type(doc, DCTerms.LicenseDocument);
			text(doc, RDFS.label, Optional.of(l));
			return doc;
		});
	}

	/** A contact point (vcard:Kind) when there is a name or an address. */
	public void contact(Node dataset, Optional<String> uri, Optional<String> name, Optional<String> email) {
		Optional<Node> mailbox = email.flatMap(Iris::mailto);
		if (name.isEmpty() && mailbox.isEmpty()) {
			return;
		}
		Node c = uri.flatMap(Iris::web).orElseGet(this::blank);
		type(c, VCARD4.Kind);
		text(c, VCARD4.fn, name);
		add(c, VCARD4.hasEmail, mailbox);
		graph.add(dataset, DCAT.contactPoint.asNode(), c);
	}

	/** An organization (foaf:Organization with foaf:name and foaf:mbox) at {@code node}. */
	public Node organization(Node node, Optional<String> name, Optional<String> email) {
		type(node, FOAF.Organization);
		text(node, FOAF.name, name);
		add(node, FOAF.mbox, email.flatMap(Iris::mailto));
		return node;
	}

	/** A dct:PeriodOfTime with whichever of start and end is a date; nothing when neither is. */
	public void period(Node dataset, Optional<String> start, Optional<String> end) {
		Optional<Node> from = start.flatMap(Dates::literal);
		Optional<Node> to = end.flatMap(Dates::literal);
		if (from.isEmpty() && to.isEmpty()) {
			return;
		}
		Node t = blank();
		type(t, DCTerms.PeriodOfTime);
		add(t, DCAT.startDate, from);
		add(t, DCAT.endDate, to);
		graph.add(dataset, DCTerms.temporal.asNode(), t);
	}

}
