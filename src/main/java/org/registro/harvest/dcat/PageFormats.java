package org.registro.harvest.dcat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.registro.outbound.FetchedResponse;

/**
 * Which RDF syntax a page is in: the source's format override, else the response's media type, else
 * the URL's extension. Only the syntaxes a DCAT catalog is published in are accepted.
 */
final class PageFormats {

	/** Asked of every source, Turtle first: it streams and is the most common DCAT serialization. */
	static final String ACCEPT = "text/turtle, application/ld+json;q=0.9, application/rdf+xml;q=0.9, "
			+ "application/n-triples;q=0.8, application/n-quads;q=0.8, application/trig;q=0.8, */*;q=0.1";

	static final List<Lang> ACCEPTED = List.of(Lang.TURTLE, Lang.RDFXML, Lang.JSONLD, Lang.NTRIPLES, Lang.NQUADS,
			Lang.TRIG);

	/**
	 * Types servers send for RDF files they do not know, with the syntax taken when the URL has no
	 * telling extension. Turtle for text/plain: it also reads N-Triples, which Jena maps text/plain to.
	 */
	private static final Map<String, Lang> GENERIC = Map.of("text/plain", Lang.TURTLE, "application/json", Lang.JSONLD,
			"application/xml", Lang.RDFXML, "text/xml", Lang.RDFXML, "application/x-turtle", Lang.TURTLE,
			"application/octet-stream", Lang.RDFNULL, "binary/octet-stream", Lang.RDFNULL);

	private PageFormats() {
	}

	/** The Accept header: the override first when the source has one. */
	static String accept(String override) {
		return override == null || override.isBlank() ? ACCEPT : override.strip() + ", " + ACCEPT;
	}

	/** The syntax to parse the response with, or null when it is not an accepted RDF syntax. */
	static Lang langOf(String override, FetchedResponse response) {
		if (override != null && !override.isBlank()) {
			return accepted(RDFLanguages.contentTypeToLang(bare(override)));
		}
		String type = response.mediaType() == null ? null : bare(response.mediaType());
		if (type == null || GENERIC.containsKey(type)) {
			Lang byName = accepted(RDFLanguages.resourceNameToLang(response.url().getPath()));
			if (byName != null) {
				return byName;
			}
			return type == null ? null : accepted(GENERIC.get(type));
		}
		return accepted(RDFLanguages.contentTypeToLang(type));
	}

	/** For reports: what the source was expected to send. */
	static String acceptedNames() {
		return "Turtle (text/turtle), RDF/XML (application/rdf+xml), JSON-LD (application/ld+json), "
				+ "N-Triples (application/n-triples), N-Quads (application/n-quads), TriG (application/trig)";
	}

	private static Lang accepted(Lang lang) {
		return lang != null && ACCEPTED.stream().anyMatch((a) -> RDFLanguages.sameLang(a, lang)) ? lang : null;
	}

	private static String bare(String mediaType) {
		int semicolon = mediaType.indexOf(';');
		return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

}
