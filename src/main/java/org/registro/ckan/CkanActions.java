package org.registro.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.registro.system.RegistryProperties;
import org.springframework.stereotype.Component;

/** The actions this API knows, by CKAN name, with status_show and help_show. */
@Component
class CkanActions {

	/** The CKAN API level the answers follow (status_show's ckan_version). */
	static final String CKAN_VERSION = "2.10.0";

	private static final Map<String, String> HELP = Map.of("status_show", "Return the site's title, URL and the CKAN version it emulates.",
			"package_list", "Return the names of the published datasets, by name. Parameters: limit, offset.",
			"package_search",
			"Search datasets. Parameters: q, fq, fq_list, rows, start, sort, facet.field, facet.limit, include_deleted.",
			"package_show", "Return one dataset by name or id. Parameters: id.",
			"organization_list", "Return the publishers. Parameters: all_fields, sort, limit, offset.",
			"organization_show", "Return one publisher by name or id. Parameters: id, include_datasets.",
			"group_list", "Return the data themes as groups. Parameters: all_fields, sort, limit, offset.",
			"tag_list", "Return the keywords of published datasets. Parameters: query, all_fields.",
			"help_show", "Return the help of an action. Parameters: name.");

	private final Map<String, Function<CkanParams, Object>> actions = new LinkedHashMap<>();

	private final RegistryProperties properties;

	CkanActions(PackageActions packages, OrganizationActions organizations, VocabularyActions vocabularies, RegistryProperties properties) {
		this.properties = properties;
		actions.put("status_show", this::status);
		actions.put("help_show", this::help);
		actions.put("package_list", packages::list);
		actions.put("package_search", packages::search);
		actions.put("package_show", packages::show);
		actions.put("organization_list", organizations::list);
		actions.put("organization_show", organizations::show);
		actions.put("group_list", vocabularies::groups);
		actions.put("tag_list", vocabularies::tags);
	}

	/** The action, or null when this API does not know it. */
	Function<CkanParams, Object> get(String name) {
		return actions.get(name);
	}

	String helpUrl(String action) {
		return properties.baseUri() + "/api/3/action/help_show?name=" + (action == null ? "" : action);
	}

	private Object status(CkanParams params) {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("site_title", properties.catalog().title());
		status.put("site_description", properties.catalog().description());
		status.put("site_url", properties.baseUri());
		status.put("ckan_version", CKAN_VERSION);
		status.put("error_emails_to", null);
		status.put("locale_default", "es");
		status.put("extensions", List.of());
		return status;
	}

	private Object help(CkanParams params) {
		String name = params.text("name");
		if (name == null) {
			params.error("name", "Missing value");
		}
		params.check();
		String text = HELP.get(name);
		if (text == null) {
			throw CkanException.notFound("Action function not found");
		}
		return text;
	}

}
