package org.registro.harvest.read;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of catalog the registry harvests, by their token in the API and forms. */
public enum SourceType {

	/** DCAT RDF in any serialization: one document, a dump, or pages linked by {@code hydra:next}. */
	DCAT("dcat"),
	/** A CKAN site's Action API ({@code package_search}). */
	CKAN("ckan"),
	/** A DCAT-US / Project Open Data {@code data.json} (and its Latin American variants). */
	DATAJSON("datajson");

	private final String token;

	SourceType(String token) {
		this.token = token;
	}

	public String token() {
		return token;
	}

	public static Optional<SourceType> fromToken(String token) {
		return Arrays.stream(values()).filter((t) -> t.token.equals(token)).findFirst();
	}

}
