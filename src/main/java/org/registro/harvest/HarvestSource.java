package org.registro.harvest;

import java.net.URI;
import java.time.Instant;

import org.registro.harvest.read.SourceType;

/**
 * A catalog this registry harvests.
 * @param id short, URL-safe; also the prefix of the ids given to its records
 * @param publisher the IRI of this registry's publisher its records are assigned to, or null to take
 * the publisher each record names at the source
 */
public record HarvestSource(String id, String title, URI url, SourceType type, String publisher, Schedule schedule,
		boolean enabled, SourceOptions options, Instant created, String createdBy) {
}
