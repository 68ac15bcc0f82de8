package org.registro.vocabulary;

/** IANA registries named by IRI (DCAT-AP's examples use these for dcat:mediaType). */
public final class Iana {

	/** Media types: {@code {MEDIA_TYPES}{type}/{subtype}}, as in {@code vocabularies/local/media-types.ttl}. */
	public static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

	private Iana() {
	}

}
