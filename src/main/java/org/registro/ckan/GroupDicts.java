package org.registro.ckan;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.registro.search.DatasetDocuments;
import org.registro.search.IndexFields;
import org.registro.vocabulary.EuAuthority;
import org.registro.vocabulary.Vocabularies;

/** Data themes as CKAN groups: the lowercase theme code is the group name, the Spanish label its title. */
final class GroupDicts {

	private GroupDicts() {
	}

	/** The group of a theme, as package dicts embed it. */
	static Map<String, Object> of(String themeIri, Vocabularies vocabularies) {
		String title = vocabularies.label(themeIri, "es").orElse(IndexFields.code(themeIri));
		Map<String, Object> g = new LinkedHashMap<>();
		g.put("id", DatasetDocuments.uuid(themeIri));
		g.put("name", IndexFields.group(themeIri));
		g.put("title", title);
		g.put("display_name", title);
		g.put("description", "");
		g.put("image_display_url", "");
		return g;
	}

	/** The dict group_list answers with all_fields. */
	static Map<String, Object> full(String themeIri, Vocabularies vocabularies, long packageCount) {
		Map<String, Object> g = of(themeIri, vocabularies);
		g.put("image_url", "");
		g.put("type", "group");
		g.put("is_organization", false);
		g.put("approval_status", "approved");
		g.put("state", "active");
		g.put("package_count", packageCount);
		g.put("uri", themeIri);
		return g;
	}

	/** Every theme of the EU data-theme list, ordered by group name. */
	static List<String> themes(Vocabularies vocabularies) {
		return vocabularies.graph()
			.find(Node.ANY, SKOS.inScheme.asNode(), EuAuthority.DataTheme.asNode())
			.mapWith((t) -> t.getSubject())
			.filterKeep(Node::isURI)
			.mapWith(Node::getURI)
			.toList()
			.stream()
			.distinct()
			.sorted(Comparator.comparing(IndexFields::group))
			.toList();
	}

}
