package org.registro.harvest.ckan;

import java.net.URI;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A CKAN site, known by its root URL. Sources may give the root, its API base or the
 * {@code package_search} URL itself; all name the same site. IRIs of what the site holds are made
 * under the root as ckanext-dcat makes them.
 */
final class CkanSite {

	/** Longest first, so that the whole API path is taken off. */
	private static final String[] API_SUFFIXES = { "/api/3/action/package_search", "/api/action/package_search",
			"/api/3/action", "/api/action", "/api/3", "/api" };

	private final String root;

	private CkanSite(String root) {
		this.root = root;
	}

	/** The site of a source URL: query and fragment dropped, then the API path and trailing slashes. */
	static CkanSite of(URI url) {
		String path = url.getRawPath() == null ? "" : url.getRawPath();
		path = trimSlashes(path);
		for (String suffix : API_SUFFIXES) {
			if (path.endsWith(suffix)) {
				path = trimSlashes(path.substring(0, path.length() - suffix.length()));
				break;
			}
		}
		return new CkanSite(url.getScheme() + "://" + url.getRawAuthority() + path);
	}

	String root() {
		return root;
	}

	/** An action's URL with its parameters, encoded (CKAN's query values hold ':', '[', '*' and spaces). */
	URI action(String action, Map<String, String> params) {
		UriComponentsBuilder b = UriComponentsBuilder.fromUriString(root + "/api/3/action/" + action);
		params.keySet().forEach((k) -> b.queryParam(k, "{" + k + "}"));
		return b.encode().buildAndExpand(params).toUri();
	}

	/** {@code {site}/dataset/{id}}: ckanext-dcat's IRI for a package without a {@code uri} extra. */
	String datasetIri(String id) {
		return root + "/dataset/" + segment(id);
	}

	String organizationIri(String name) {
		return root + "/organization/" + segment(name);
	}

	String resourceIri(String packageId, String resourceId) {
		return datasetIri(packageId) + "/resource/" + segment(resourceId);
	}

	private static String segment(String s) {
		return UriUtils.encodePathSegment(s, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String trimSlashes(String path) {
		String p = path;
		while (p.endsWith("/")) {
			p = p.substring(0, p.length() - 1);
		}
		return p;
	}

}
