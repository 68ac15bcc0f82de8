package org.registro.harvest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.registro.harvest.InvalidSourceException.FieldError;
import org.springframework.context.MessageSource;

/**
 * A refused source form's errors in the reader's language, by the form field they belong next to.
 * The text is {@code harvest.error.<code>}; a code without a message falls back to the English
 * text the service gave, so a new code is never shown as a bare key.
 */
final class SourceErrors {

	/** The form's fields; errors about anything else are listed above the form under the key "". */
	static final Set<String> FIELDS = Set.of("title", "url", "type", "publisher", "schedule", "enabled", "pageSize", "headers", "format",
			"validation");

	private SourceErrors() {
	}

	static Map<String, List<String>> byField(InvalidSourceException ex, MessageSource messages, Locale locale) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (FieldError e : ex.errors()) {
			String text = messages.getMessage("harvest.error." + e.code(), null, e.message(), locale);
			out.computeIfAbsent(field(e.field()), (k) -> new ArrayList<>()).add(text);
		}
		return out;
	}

	/** {@code options.pageSize}, {@code page-size} and {@code pageSize} are the same field of the form. */
	static String field(String name) {
		if (name == null) {
			return "";
		}
		String n = name.startsWith("options.") ? name.substring("options.".length()) : name;
		StringBuilder camel = new StringBuilder();
		for (int i = 0; i < n.length(); i++) {
			char c = n.charAt(i);
			if ((c == '-' || c == '_') && i + 1 < n.length()) {
				camel.append(Character.toUpperCase(n.charAt(++i)));
			}
			else {
				camel.append(c);
			}
		}
		return FIELDS.contains(camel.toString()) ? camel.toString() : "";
	}

}
