package org.registro.harvest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.registro.harvest.InvalidSourceException.FieldError;
import org.registro.harvest.read.SourceType;
import org.registro.outbound.Outbound;
import org.registro.outbound.OutboundException;

/** Checks a submitted source and turns it into a {@link HarvestSource}, or says field by field what is wrong. */
final class SourceForms {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,29}");

	private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

	/** Headers the HTTP client sets itself, or that would let a source change how we talk to it. */
	private static final Set<String> RESERVED_HEADERS = Set.of("host", "content-length", "connection", "upgrade", "expect",
			"transfer-encoding", "te", "accept-encoding");

	static final Set<String> FORMATS = Set.of("text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples",
			"application/n-quads", "application/trig");

	private final Outbound outbound;

	/** Whether an IRI is one of this registry's published publishers. */
	private final Predicate<String> publisherExists;

	private final String publisherBase;

	SourceForms(Outbound outbound, Predicate<String> publisherExists, String baseUri) {
		this.outbound = outbound;
		this.publisherExists = publisherExists;
		this.publisherBase = baseUri + "/publisher/";
	}

	/** A new source; {@code taken} tells which ids are in use. */
	HarvestSource create(SourceForm f, String actor, Instant now, Predicate<String> taken) {
		List<FieldError> errors = new ArrayList<>();
		URI url = url(f.url(), errors);
		SourceType type = null;
		if (f.type() == null || f.type().isBlank()) {
			errors.add(new FieldError("type", "required", "the type is required: dcat, ckan or datajson"));
		}
		else {
			type = SourceType.fromToken(f.type().strip().toLowerCase(Locale.ROOT)).orElse(null);
			if (type == null) {
				errors.add(new FieldError("type", "type", "the type must be dcat, ckan or datajson, not '" + f.type() + "'"));
			}
		}
		String id = null;
		if (f.id() != null && !f.id().isBlank()) {
			id = f.id().strip();
			if (!ID.matcher(id).matches()) {
				errors.add(new FieldError("id", "id", "the id must be 2 to 30 lowercase letters, digits or '-', starting with a letter or digit"));
			}
			else if (taken.test(id)) {
				errors.add(new FieldError("id", "id-taken", "the id '" + id + "' is already used by another source"));
			}
		}
		else if (url != null) {
			id = freeId(url, taken);
		}
		HarvestSource base = new HarvestSource(id, null, url, type, null, Schedule.MANUAL, true, SourceOptions.DEFAULTS, now, actor);
		HarvestSource out = apply(base, f, errors);
		if (!errors.isEmpty()) {
			throw new InvalidSourceException(errors);
		}
		return out;
	}

	/** The source with the fields the form gives changed. */
	HarvestSource update(HarvestSource current, SourceForm f) {
		List<FieldError> errors = new ArrayList<>();
		if (f.type() != null && !f.type().isBlank() && !f.type().strip().equalsIgnoreCase(current.type().token())) {
			errors.add(new FieldError("type", "type-fixed", "the type of a source cannot change; add a new source instead"));
		}
		if (f.id() != null && !f.id().isBlank() && !f.id().strip().equals(current.id())) {
			errors.add(new FieldError("id", "id-fixed", "the id of a source cannot change"));
		}
		URI url = f.url() == null ? current.url() : url(f.url(), errors);
		HarvestSource out = apply(new HarvestSource(current.id(), current.title(), url, current.type(), current.publisher(),
				current.schedule(), current.enabled(), current.options(), current.created(), current.createdBy()), f, errors);
		if (!errors.isEmpty()) {
			throw new InvalidSourceException(errors);
		}
		return out;
	}

	private HarvestSource apply(HarvestSource s, SourceForm f, List<FieldError> errors) {
		String title = f.title() != null && !f.title().isBlank() ? f.title().strip() : s.title();
		if (title == null) {
			title = s.url() != null ? s.url().getHost() : "";
		}
		if (title.length() > 200) {
			errors.add(new FieldError("title", "title", "the title must be at most 200 characters"));
		}
		String publisher = f.publisher() == null ? s.publisher() : publisher(f.publisher(), errors);
		Schedule schedule = s.schedule();
		if (f.schedule() != null) {
			try {
				schedule = Schedule.parse(f.schedule());
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("schedule", "schedule", ex.getMessage()));
			}
		}
		int pageSize = f.pageSize() == null ? s.options().pageSize() : f.pageSize();
		if (pageSize < 1 || pageSize > SourceOptions.MAX_PAGE_SIZE) {
			errors.add(new FieldError("pageSize", "page-size", "the page size must be between 1 and " + SourceOptions.MAX_PAGE_SIZE));
		}
		Map<String, String> headers = f.headers() == null ? s.options().headers() : headers(f.headers(), errors);
		String format = s.options().format();
		if (f.format() != null) {
			format = f.format().isBlank() || f.format().strip().equals("auto") ? null : f.format().strip().toLowerCase(Locale.ROOT);
			if (format != null && !FORMATS.contains(format)) {
				errors.add(new FieldError("format", "format", "the format must be one of " + String.join(", ", new java.util.TreeSet<>(FORMATS))));
			}
		}
		ValidationMode mode = s.options().validation();
		if (f.validation() != null) {
			mode = ValidationMode.fromToken(f.validation().strip().toLowerCase(Locale.ROOT)).orElse(null);
			if (mode == null) {
				errors.add(new FieldError("validation", "validation", "the validation mode must be reject or draft"));
				mode = ValidationMode.REJECT;
			}
		}
		boolean enabled = f.enabled() == null ? s.enabled() : f.enabled();
		return new HarvestSource(s.id(), title, s.url(), s.type(), publisher, schedule, enabled, new SourceOptions(Math.max(1, pageSize), headers,
				format, mode), s.created(), s.createdBy());
	}

	private URI url(String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError("url", "required", "the URL is required"));
			return null;
		}
		URI url;
		try {
			url = new URI(text.strip());
		}
		catch (URISyntaxException ex) {
			errors.add(new FieldError("url", "url", "the URL is not valid: " + ex.getMessage()));
			return null;
		}
		try {
			outbound.check(url);
		}
		catch (OutboundException ex) {
			switch (ex.reason()) {
				case FORBIDDEN_ADDRESS -> errors.add(new FieldError("url", "url-not-allowed",
						"the URL points to a private or local address, which the registry does not fetch (registry.outbound.allowed-networks)"));
				case UNKNOWN_HOST -> {
					// The name may resolve later; the run will say so if it does not.
				}
				default -> errors.add(new FieldError("url", "url", "the URL must be an absolute http or https URL"));
			}
		}
		return url;
	}

	private String publisher(String text, List<FieldError> errors) {
		String t = text.strip();
		if (t.isEmpty() || t.equals("source")) {
			return null;
		}
		String iri = t.startsWith("http://") || t.startsWith("https://") ? t : publisherBase + t;
		if (!publisherExists.test(iri)) {
			errors.add(new FieldError("publisher", "publisher", "'" + t + "' is not a published publisher of this registry"));
			return null;
		}
		return iri;
	}

	private static Map<String, String> headers(Map<String, String> given, List<FieldError> errors) {
		Map<String, String> out = new LinkedHashMap<>();
		given.forEach((name, value) -> {
			String n = name == null ? "" : name.strip();
			if (!HEADER_NAME.matcher(n).matches() || RESERVED_HEADERS.contains(n.toLowerCase(Locale.ROOT))) {
				errors.add(new FieldError("headers", "headers", "'" + n + "' cannot be sent as an extra header"));
			}
			else if (value == null || value.chars().anyMatch((c) -> c == '\r' || c == '\n' || c == 0)) {
				errors.add(new FieldError("headers", "headers", "the value of header '" + n + "' must be one line"));
			}
			else {
				out.put(n, value.strip());
			}
		});
		return out;
	}

	private static String freeId(URI url, Predicate<String> taken) {
		String host = url.getHost() == null ? "source" : url.getHost().toLowerCase(Locale.ROOT);
		host = host.startsWith("www.") ? host.substring(4) : host;
		String stem = host.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		stem = stem.length() < 2 ? "source" : stem.substring(0, Math.min(26, stem.length())).replaceAll("-+$", "");
		String id = stem;
		for (int n = 2; taken.test(id); n++) {
			id = stem + "-" + n;
		}
		return id;
	}

}
