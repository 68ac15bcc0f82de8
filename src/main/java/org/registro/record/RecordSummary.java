package org.registro.record;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;

/**
 * What listings show of a record without reading its content: the publisher it belongs to and its
 * title per language. Kept with the record's state.
 *
 * @param publisher the IRI of the owning publisher (a publisher record owns itself), or null
 * @param titles title per language tag ({@code ""} for an untagged one)
 * @param origin where the record comes from ({@link Origin#LOCAL} for the registry's own); states
 * written before origins existed have none and are local
 */
public record RecordSummary(String publisher, Map<String, String> titles, Origin origin) {

	public static final RecordSummary EMPTY = new RecordSummary(null, Map.of());

	public RecordSummary {
		titles = Map.copyOf(titles);
		origin = origin == null ? Origin.LOCAL : origin;
	}

	public RecordSummary(String publisher, Map<String, String> titles) {
		this(publisher, titles, Origin.LOCAL);
	}

	/** The IRI of the described resource, given the record's location. */
	public String subject(String location) {
		return origin.subjectOr(location);
	}

	/** The title in the language, else Spanish, else any; the id when there is none. */
	public String title(Locale locale, String fallback) {
		String t = titles.get(locale.getLanguage());
		if (t == null) {
			t = titles.get("es");
		}
		if (t == null && !titles.isEmpty()) {
			t = new TreeMap<>(titles).firstEntry().getValue();
		}
		return t != null ? t : fallback;
	}

	/** @param iri the record's location; the described resource is the origin's subject, else the location */
	static RecordSummary of(RecordRef ref, String iri, Origin origin, Graph content) {
		Node subject = NodeFactory.createURI(origin.subjectOr(iri));
		boolean dataset = ref.kind() == RecordKind.DATASET;
		String publisher = dataset ? content.find(subject, DCTerms.publisher.asNode(), Node.ANY)
			.filterKeep((t) -> t.getObject().isURI())
			.nextOptional()
			.map((t) -> t.getObject().getURI())
			.orElse(null) : iri;
		Property titleProperty = dataset ? DCTerms.title : FOAF.name;
		Map<String, String> titles = new TreeMap<>();
		content.find(subject, titleProperty.asNode(), Node.ANY)
			.filterKeep((t) -> t.getObject().isLiteral())
			.forEachRemaining((t) -> titles.putIfAbsent(t.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT),
					t.getObject().getLiteralLexicalForm()));
		return new RecordSummary(publisher, titles, origin);
	}

}
