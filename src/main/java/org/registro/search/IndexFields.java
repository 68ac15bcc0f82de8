package org.registro.search;

import java.util.Locale;
import java.util.Set;

/**
 * The index's field names. They are CKAN's search field names where CKAN has one, so that a CKAN
 * {@code fq} can name them directly; the rest serve the feed's filters.
 */
public final class IndexFields {

	/** The record id. */
	public static final String NAME = "name";

	/** A stable UUID derived from the dataset IRI (CKAN's {@code id}). */
	public static final String ID = "id";

	/** {@code active} or {@code deleted} (withdrawn). */
	public static final String STATE = "state";

	public static final String ACTIVE = "active";

	public static final String DELETED = "deleted";

	/** Epoch milliseconds; the feed's order. */
	public static final String MODIFIED = "metadata_modified";

	public static final String CREATED = "metadata_created";

	/** The publisher's IRI. */
	public static final String PUBLISHER = "publisher";

	/** The publisher's record id (CKAN's organization name). */
	public static final String ORGANIZATION = "organization";

	/** Theme IRIs. */
	public static final String THEME = "theme";

	/** Theme codes, lowercase (CKAN groups). */
	public static final String GROUPS = "groups";

	/** Keywords as written (CKAN tags). */
	public static final String TAGS = "tags";

	/** Keywords lowercased, for the feed's case-insensitive filter. */
	public static final String KEYWORD = "keyword";

	/** Distribution format IRIs. */
	public static final String FORMAT = "format";

	/** Distribution format codes, e.g. {@code CSV} (CKAN res_format). */
	public static final String RES_FORMAT = "res_format";

	/** License IRIs of the dataset and its distributions. */
	public static final String LICENSE = "license_id";

	/** Analyzed titles, descriptions and keywords. */
	public static final String TEXT = "text";

	public static final String TITLE = "title";

	public static final String NOTES = "notes";

	/** The title lowercased, for sorting by title. */
	public static final String TITLE_STRING = "title_string";

	/** Fields analyzed as text; the others match whole values. */
	public static final Set<String> ANALYZED = Set.of(TEXT, TITLE, NOTES);

	/** Fields that can be counted as facets. */
	public static final Set<String> FACETS = Set.of(ORGANIZATION, GROUPS, TAGS, RES_FORMAT, LICENSE);

	private IndexFields() {
	}

	/**
	 * The code of a controlled-vocabulary IRI, its last path segment: {@code CSV} for the EU file
	 * type CSV, {@code EDUC} for the data theme Education.
	 */
	public static String code(String iri) {
		String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
		int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
		return trimmed.substring(cut + 1);
	}

	/** The theme group name of a theme IRI, as CKAN names groups (lowercase). */
	public static String group(String themeIri) {
		return code(themeIri).toLowerCase(Locale.ROOT);
	}

}
