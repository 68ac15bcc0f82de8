package org.registro.harvest.ckan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.registro.harvest.mapping.JsonFields;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A package's {@code extras} ({@code [{key, value}]}) by key; the first of a repeated key wins. */
final class Extras {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> values;

	private Extras(Map<String, String> values) {
		this.values = values;
	}

	static Extras of(JsonNode pkg) {
		Map<String, String> values = new HashMap<>();
		for (JsonNode extra : JsonFields.objects(pkg, "extras")) {
			JsonFields.scalar(extra, "key").ifPresent((k) -> JsonFields.scalar(extra, "value").ifPresent((v) -> values.putIfAbsent(k, v)));
		}
		return new Extras(values);
	}

	Optional<String> get(String key) {
		return Optional.ofNullable(values.get(key));
	}

	/** A list value, as ckanext-dcat stores lists: JSON text ({@code ["a","b"]}); any other value is a list of one. */
	List<String> list(String key) {
		String v = values.get(key);
		return v == null ? List.of() : parseList(v);
	}

	/** A field of a dict that holds a list: a JSON list, or ckanext-dcat's JSON text of one, or a single value. */
	static List<String> listField(JsonNode dict, String field) {
		JsonNode n = dict.get(field);
		if (n != null && n.isArray()) {
			return JsonFields.texts(dict, field);
		}
		return JsonFields.scalar(dict, field).map(Extras::parseList).orElse(List.of());
	}

	private static List<String> parseList(String v) {
		if (!v.startsWith("[")) {
			return List.of(v);
		}
		try {
			JsonNode array = JSON.readTree(v);
			return JsonFields.texts(JSON.createObjectNode().set("v", array), "v");
		}
		catch (JacksonException ex) {
			return List.of();
		}
	}

}
