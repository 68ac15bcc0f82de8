package org.registro.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.search.Query;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.search.Filters;
import org.registro.system.RegistryProperties;
import org.registro.vocabulary.EuAuthority;
import org.registro.web.BadRequestException;

/**
 * A feed request's parameters, checked: the filters (each may repeat: any of its values), the page
 * size (capped at the configured maximum) and the cursor. Other parameters are ignored.
 *
 * @param filters the filter parameters as given, in a fixed order, for the links
 */
record FeedRequest(Instant modifiedSince, List<String> publishers, List<String> themes, List<String> keywords,
		List<String> formats, int pageSize, String cursor, Map<String, List<String>> filters) {

	private static final String THEME_NS = EuAuthority.DataTheme.getURI() + "/";

	/** Values one filter may have: each is a query clause, and Lucene caps the clauses of a query. */
	static final int MAX_VALUES = 100;

	/** The range dates may take: the index counts milliseconds in a long, and no catalog needs more. */
	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	static final List<String> FILTERS = List.of("modified_since", "publisher", "theme", "keyword", "format");

	static FeedRequest parse(Map<String, String[]> params, RegistryProperties properties) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		for (String name : FILTERS) {
			List<String> values = Arrays.stream(params.getOrDefault(name, new String[0])).filter((v) -> !v.isBlank()).toList();
			if (values.size() > MAX_VALUES) {
				throw new BadRequestException(name + " is given " + values.size() + " times; at most " + MAX_VALUES);
			}
			if (!values.isEmpty()) {
				given.put(name, values);
			}
		}
		List<String> since = given.getOrDefault("modified_since", List.of());
		if (since.size() > 1) {
			throw new BadRequestException("modified_since is given more than once");
		}
		String base = properties.baseUri();
		return new FeedRequest(since.isEmpty() ? null : instant("modified_since", since.get(0)),
				given.getOrDefault("publisher", List.of()).stream().map((p) -> publisher(base, p)).toList(),
				given.getOrDefault("theme", List.of()).stream().map(FeedRequest::theme).toList(), given.getOrDefault("keyword", List.of()),
				given.getOrDefault("format", List.of()), pageSize(params, properties.feed()), single(params, "cursor"), given);
	}

	/**
	 * The index query for these filters over the published datasets, or over the withdrawn ones.
	 * @param publishersChangedSince the publishers whose description changed since an instant
	 */
	Query query(boolean withdrawn, Function<Instant, Set<String>> publishersChangedSince) {
		List<Query> all = new ArrayList<>();
		all.add(withdrawn ? Filters.withdrawn() : Filters.active());
		if (modifiedSince != null) {
			all.add(withdrawn ? Filters.modifiedSince(modifiedSince)
					: Filters.modifiedSince(modifiedSince, publishersChangedSince.apply(modifiedSince)));
		}
		if (!publishers.isEmpty()) {
			all.add(Filters.publisher(publishers));
		}
		if (!themes.isEmpty()) {
			all.add(Filters.theme(themes));
		}
		if (!keywords.isEmpty()) {
			all.add(Filters.keyword(keywords));
		}
		if (!formats.isEmpty()) {
			all.add(Filters.format(formats));
		}
		return Filters.allOf(all);
	}

	/** Names the filters, so a cursor only continues the walk it belongs to. */
	String fingerprint() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(filters.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 9));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An ISO-8601 date (the start of that day, UTC) or date-time (UTC when it has no offset).
	 * @throws BadRequestException for anything else
	 */
	static Instant instant(String name, String value) {
		Instant parsed;
		try {
			parsed = parse(value);
		}
		catch (DateTimeParseException ex) {
			parsed = null;
		}
		if (parsed == null || parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
			throw new BadRequestException(name + " must be an ISO-8601 date or date-time, such as 2026-11-01 or "
					+ "2026-11-01T09:30:00Z; got '" + value + "'");
		}
		return parsed;
	}

	private static Instant parse(String value) {
		if (value.length() == 10) {
			return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException noOffset) {
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
	}

	private static String publisher(String base, String value) {
		if (value.contains(":")) {
			return value;
		}
		if (!RecordRef.isValidId(value)) {
			throw new BadRequestException("publisher must be a publisher's IRI or id; '" + value + "' is neither");
		}
		return new RecordRef(RecordKind.PUBLISHER, value).iri(base);
	}

	/** A theme IRI, or a code of the EU data themes such as EDUC. */
	private static String theme(String value) {
		return value.contains(":") ? value : THEME_NS + value.toUpperCase(Locale.ROOT);
	}

	private static int pageSize(Map<String, String[]> params, RegistryProperties.Feed feed) {
		String value = single(params, "page_size");
		if (value == null) {
			return feed.pageSize();
		}
		try {
			int size = Integer.parseInt(value.trim());
			if (size < 1) {
				throw new NumberFormatException();
			}
			return Math.min(size, feed.maxPageSize());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("page_size must be a whole number from 1 (larger ones are capped at " + feed.maxPageSize()
					+ "); got '" + value + "'");
		}
	}

	private static String single(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null || values.length == 0 || values[0].isBlank()) {
			return null;
		}
		if (values.length > 1) {
			throw new BadRequestException(name + " is given more than once");
		}
		return values[0];
	}

}
