package org.registro.harvest.ckan;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.harvest.mapping.Dates;
import org.registro.harvest.mapping.Iris;
import org.registro.harvest.mapping.JsonFields;
import org.registro.harvest.mapping.RecordGraph;
import org.registro.vocabulary.ADMS;
import tools.jackson.databind.JsonNode;

/** A CKAN resource dict as a dcat:Distribution of its dataset. */
final class ResourceMapper {

	/** Extensions of pages rather than files: a URL ending so is not taken for a download. */
	private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "xhtml", "php", "asp", "aspx", "jsp");

	private final CkanSite site;

	ResourceMapper(CkanSite site) {
		this.site = site;
	}

	/**
	 * Adds the distribution: at its {@code uri} when an absolute IRI, else
	 * {@code {site}/dataset/{package id}/resource/{id}}, else a blank node.
	 * @param licence the package's licence, for a resource that names none
	 */
	void map(RecordGraph g, Node ds, String packageId, JsonNode r, Optional<Node> licence) {
		Node d = JsonFields.scalar(r, "uri").flatMap(Iris::web)
			.or(() -> JsonFields.scalar(r, "id").map((id) -> NodeFactory.createURI(site.resourceIri(packageId, id))))
			.orElseGet(g::blank);
		g.add(ds, DCAT.distribution, Optional.of(d));
		g.type(d, DCAT.Distribution);
		g.text(d, DCTerms.title, JsonFields.text(r, "name"));
		g.text(d, DCTerms.description, JsonFields.text(r, "description"));
		Optional<String> url = JsonFields.scalar(r, "url");
		Optional<Node> download = JsonFields.scalar(r, "download_url").or(() -> url.filter((u) -> isFile(g, r, u))).flatMap(Iris::web);
		// a download URL is also where the data is reached: DCAT-AP needs an access URL
		g.add(d, DCAT.accessURL, JsonFields.scalar(r, "access_url").or(() -> url).flatMap(Iris::web).or(() -> download));
		g.add(d, DCAT.downloadURL, download);
		g.format(d, JsonFields.scalar(r, "format"));
		g.mediaType(d, JsonFields.scalar(r, "mimetype"));
		g.byteSize(d, JsonFields.scalar(r, "size"));
		g.add(d, DCTerms.issued, JsonFields.scalar(r, "issued").flatMap(Dates::literal)
			.or(() -> JsonFields.scalar(r, "created").map(CkanTimes::utc).flatMap(Dates::literal)));
		g.add(d, DCTerms.modified, JsonFields.scalar(r, "modified").flatMap(Dates::literal)
			.or(() -> JsonFields.scalar(r, "last_modified").map(CkanTimes::utc).flatMap(Dates::literal)));
		Optional<String> own = JsonFields.scalar(r, "license");
		g.add(d, DCTerms.license, own.isPresent() ? g.licence(java.util.List.of(own.get()), own) : licence);
		g.web(d, DCTerms.rights, JsonFields.scalar(r, "rights"));
		g.web(d, ADMS.status, JsonFields.scalar(r, "status"));
		Extras.listField(r, "language").forEach((l) -> g.add(d, DCTerms.language, g.tables().language(l)));
		Extras.listField(r, "conforms_to").forEach((v) -> g.web(d, DCTerms.conformsTo, Optional.of(v)));
		Extras.listField(r, "documentation").forEach((v) -> g.web(d, FOAF.page, Optional.of(v)));
	}

	/** An uploaded file (CKAN serves it), or a URL whose last segment ends in a known file type's extension. */
	private static boolean isFile(RecordGraph g, JsonNode r, String url) {
		if (JsonFields.scalar(r, "url_type").filter("upload"::equals).isPresent()) {
			return true;
		}
		String path;
		try {
			path = URI.create(url.strip()).getPath();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		int dot = path == null ? -1 : path.lastIndexOf('.');
		if (dot < 0 || dot < path.lastIndexOf('/')) {
			return false;
		}
		String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
		return !PAGE_EXTENSIONS.contains(ext) && g.tables().fileType(ext).isPresent();
	}

}
