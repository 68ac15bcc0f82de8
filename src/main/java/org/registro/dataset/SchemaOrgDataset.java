package org.registro.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Dataset} description embedded in a dataset page for search engines' dataset
 * search, as JSON made safe to sit inside a {@code <script>} element.
 */
@Component
class SchemaOrgDataset {

	private final JsonMapper json;

	SchemaOrgDataset(JsonMapper json) {
		this.json = json;
	}

	String jsonLd(DatasetView v, String lang) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("@context", "https://schema.org/");
		d.put("@type", "Dataset");
		// The dataset's own IRI (a harvested one keeps its source's); the page is ours.
		d.put("@id", v.subject());
		d.put("url", v.iri());
		put(d, "name", v.title());
		put(d, "description", v.description());
		put(d, "identifier", v.identifier());
		if (!v.keywords().isEmpty()) {
			d.put("keywords", v.keywords());
		}
		if (v.publisher() != null) {
			d.put("publisher", Map.of("@type", "Organization", "name", v.publisher().label()));
		}
		put(d, "datePublished", v.issued());
		put(d, "dateModified", v.modified());
		d.put("inLanguage", lang);
		if (!v.temporal().isEmpty()) {
			d.put("temporalCoverage", v.temporal().get(0).replace(" – ", "/").replace("…", ".."));
		}
		v.distributions().stream().map((x) -> x.license()).filter((l) -> l != null && l.href() != null).findFirst()
			.ifPresent((l) -> d.put("license", l.href()));
		List<Map<String, Object>> downloads = new ArrayList<>();
		for (DatasetView.DistributionView x : v.distributions()) {
			Map<String, Object> dd = new LinkedHashMap<>();
			dd.put("@type", "DataDownload");
			put(dd, "name", x.title());
			String url = x.downloadUrl() != null ? x.downloadUrl().href() : (x.accessUrl() != null ? x.accessUrl().href() : null);
			put(dd, "contentUrl", url);
			put(dd, "encodingFormat", x.mediaType() != null ? x.mediaType().label() : (x.format() != null ? x.format().label() : null));
			downloads.add(dd);
		}
		if (!downloads.isEmpty()) {
			d.put("distribution", downloads);
		}
		// Inside <script>, "</script>" or "<!--" in a value would end the element: escape them as JSON allows.
		return json.writeValueAsString(d).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static void put(Map<String, Object> m, String key, Object value) {
		if (value != null) {
			m.put(key, value);
		}
	}

}
