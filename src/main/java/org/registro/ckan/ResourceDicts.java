package org.registro.ckan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.search.DatasetDocuments;
import org.registro.search.IndexFields;
import org.registro.vocabulary.ADMS;

/** A dataset's distributions as CKAN resources, mapped as ckanext-dcat's DCAT-AP parser maps them. */
final class ResourceDicts {

	/** Media type IRIs are IANA's registry pages; the media type is their last two segments. */
	private static final String IANA = "https://www.iana.org/assignments/media-types/";

	private ResourceDicts() {
	}

	/** One dict per distribution, ordered by IRI (stable from one request to the next). */
	static List<Map<String, Object>> of(GraphValues g, Node dataset, String packageId) {
		List<Node> distributions = new ArrayList<>(g.objects(dataset, DCAT.distribution).stream().filter(Node::isURI).toList());
		distributions.sort(Comparator.comparing(Node::getURI));
		List<Map<String, Object>> out = new ArrayList<>();
		for (Node d : distributions) {
			out.add(resource(g, d, packageId, out.size()));
		}
		return out;
	}

	private static Map<String, Object> resource(GraphValues g, Node d, String packageId, int position) {
		String access = g.value(d, DCAT.accessURL);
		String download = g.value(d, DCAT.downloadURL);
		String format = g.value(d, DCTerms.format);
		String size = g.value(d, DCAT.byteSize);
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("id", DatasetDocuments.uuid(d.getURI()));
		r.put("package_id", packageId);
		r.put("name", orEmpty(g.text(d, DCTerms.title)));
		r.put("description", orEmpty(g.text(d, DCTerms.description)));
		r.put("url", download != null ? download : orEmpty(access));
		r.put("access_url", access);
		r.put("download_url", download);
		r.put("format", format == null ? "" : format.contains("/") ? IndexFields.code(format) : format);
		r.put("mimetype", mediaType(g.value(d, DCAT.mediaType)));
		r.put("size", size == null ? null : Long.valueOf(size));
		r.put("license", g.value(d, DCTerms.license));
		r.put("rights", g.value(d, DCTerms.rights));
		r.put("status", g.value(d, ADMS.status));
		r.put("issued", g.value(d, DCTerms.issued));
		r.put("modified", g.value(d, DCTerms.modified));
		r.put("created", g.value(d, DCTerms.issued));
		r.put("last_modified", g.value(d, DCTerms.modified));
		r.put("language", ExtrasDicts.jsonList(g.values(d, DCTerms.language)));
		r.put("conforms_to", ExtrasDicts.jsonList(g.values(d, DCTerms.conformsTo)));
		r.put("documentation", ExtrasDicts.jsonList(g.values(d, FOAF.page)));
		r.put("uri", d.getURI());
		r.put("position", position);
		r.put("state", "active");
		r.put("url_type", null);
		r.put("resource_type", null);
		r.put("mimetype_inner", null);
		r.put("hash", "");
		return r;
	}

	private static String mediaType(String iri) {
		if (iri == null) {
			return null;
		}
		return iri.startsWith(IANA) ? iri.substring(IANA.length()) : iri;
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s;
	}

}
