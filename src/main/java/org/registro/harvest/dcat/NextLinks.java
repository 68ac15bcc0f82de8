package org.registro.harvest.dcat;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.registro.vocabulary.Hydra;

/**
 * The next page a page links to: {@code hydra:next} on any subject (a {@code hydra:PartialCollectionView}
 * or the collection itself), else the older {@code hydra:nextPage} (on a {@code hydra:PagedCollection}).
 */
final class NextLinks {

	private NextLinks() {
	}

	/**
	 * The distinct next-page URLs (without fragment) the page gives, {@code hydra:next} first: empty on
	 * the last page, one normally; several is a page the reader cannot follow with certainty.
	 * @throws IllegalArgumentException when a link is not a URL
	 */
	static List<URI> of(Graph page) {
		Set<URI> next = links(page, Hydra.next);
		return List.copyOf(next.isEmpty() ? links(page, Hydra.nextPage) : next);
	}

	private static Set<URI> links(Graph page, Property property) {
		Set<URI> links = new LinkedHashSet<>();
		for (Triple triple : page.find(Node.ANY, property.asNode(), Node.ANY).toList()) {
			Node object = triple.getObject();
			String text = object.isURI() ? object.getURI()
					: object.isLiteral() ? object.getLiteralLexicalForm().strip() : null;
			if (text != null) {
				links.add(withoutFragment(URI.create(text)));
			}
		}
		return links;
	}

	/** A URL as the run's loop detection compares it: normalized, without its fragment. */
	static URI withoutFragment(URI url) {
		String text = url.toString();
		int hash = text.indexOf('#');
		return URI.create(hash < 0 ? text : text.substring(0, hash)).normalize();
	}

}
