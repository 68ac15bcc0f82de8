package org.registro.harvest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.registro.harvest.InvalidSourceException.FieldError;

/**
 * The source form's fields as typed (so a refused form comes back as it was sent), read from and
 * turned into a {@link SourceForm}.
 * @param schedule {@code manual}, {@code hourly}, {@code daily}, {@code weekly} or {@code cron}
 * @param cron the expression when {@code schedule} is {@code cron}
 * @param publisher a publisher IRI, or empty to take each record's publisher from the source
 * @param format a media type, or empty for the one the source sends
 * @param headers {@code Name: value} lines
 */
record SourceFormView(String title, String url, String type, String publisher, String schedule, String cron, boolean enabled,
		String pageSize, String headers, String format, String validation) {

	static final List<String> NAMED_SCHEDULES = List.of("manual", "hourly", "daily", "weekly");

	/** The format choices: media type (empty: what the source says) to the end of its message key {@code harvest.format.*}. */
	static final Map<String, String> FORMATS = formats();

	private static Map<String, String> formats() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("", "auto");
		m.put("text/turtle", "turtle");
		m.put("application/rdf+xml", "rdfxml");
		m.put("application/ld+json", "jsonld");
		m.put("application/n-triples", "ntriples");
		return java.util.Collections.unmodifiableMap(m);
	}

	static SourceFormView blank() {
		return new SourceFormView("", "", "dcat", "", "manual", "", true, String.valueOf(SourceOptions.DEFAULT_PAGE_SIZE), "", "",
				ValidationMode.REJECT.token());
	}

	static SourceFormView of(HarvestSource s) {
		boolean named = NAMED_SCHEDULES.contains(s.schedule().token());
		SourceOptions o = s.options();
		String headers = o.headers().entrySet().stream().map((e) -> e.getKey() + ": " + e.getValue()).sorted().collect(Collectors.joining("\n"));
		return new SourceFormView(s.title(), s.url().toString(), s.type().token(), s.publisher() == null ? "" : s.publisher(),
				named ? s.schedule().token() : "cron", named ? "" : s.schedule().token(), s.enabled(), String.valueOf(o.pageSize()), headers,
				o.format() == null ? "" : o.format(), o.validation().token());
	}

	/** The fields of a POSTed form; an unchecked box is not sent, so a missing {@code enabled} is false. */
	static SourceFormView read(Map<String, String> params) {
		return new SourceFormView(text(params, "title"), text(params, "url"), text(params, "type"), text(params, "publisher"),
				text(params, "schedule"), text(params, "cron"), params.containsKey("enabled"), text(params, "pageSize"),
				params.getOrDefault("headers", ""), text(params, "format"), text(params, "validation"));
	}

	/**
	 * What the service is asked to save. On create an empty field is "not given" (null: the default);
	 * on update every field is sent, an empty publisher or format meaning "from the source"
	 * (null there would mean "unchanged"). The type is never sent on update: it cannot change.
	 * @throws InvalidSourceException when a field cannot even be read (a header line, the page size, an empty cron)
	 */
	SourceForm toForm(boolean update) {
		List<FieldError> errors = new ArrayList<>();
		String scheduleText = schedule.equals("cron") ? cron : schedule;
		if (scheduleText.isEmpty()) {
			errors.add(new FieldError("schedule", "schedule", "Choose a frequency or write a cron expression"));
		}
		Integer size = null;
		if (!pageSize.isEmpty()) {
			try {
				size = Integer.valueOf(pageSize);
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldError("pageSize", "page-size", "The page size must be a whole number"));
			}
		}
		Map<String, String> headerMap = headerMap(errors);
		if (!errors.isEmpty()) {
			throw new InvalidSourceException(errors);
		}
		return new SourceForm(null, given(title, update), given(url, update), update ? null : given(type, false),
				given(publisher, update), scheduleText, enabled, size, headerMap, given(format, update), given(validation, update));
	}

	private Map<String, String> headerMap(List<FieldError> errors) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String line : headers.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon < 1 || line.substring(0, colon).isBlank()) {
				errors.add(new FieldError("headers", "header-line", "Each header line must be 'Name: value': " + line.strip()));
				return Map.of();
			}
			out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
		}
		return out;
	}

	private static String given(String value, boolean update) {
		return value.isEmpty() && !update ? null : value;
	}

	private static String text(Map<String, String> params, String name) {
		String v = params.get(name);
		return v == null ? "" : v.strip();
	}

}
