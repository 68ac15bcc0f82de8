package org.registro.harvest;

import java.util.Map;

/**
 * A source as a coordinator submits it (API body or web form), unchecked. Null means "not given":
 * the default on create, unchanged on update.
 */
public record SourceForm(String id, String title, String url, String type, String publisher, String schedule, Boolean enabled,
		Integer pageSize, Map<String, String> headers, String format, String validation) {
}
