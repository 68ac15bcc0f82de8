package org.registro.harvest;

import org.apache.jena.graph.Graph;

/**
 * One record a job created, updated, withdrew, rejected or took as a draft (unchanged ones are
 * only counted).
 * @param position order in the job
 * @param key what identifies it at the source (its IRI or identifier), or null when unreadable
 * @param location where in the source
 * @param dataset the dataset IRI, when it got that far
 * @param recordId this registry's record id, when it has one
 * @param code why it was rejected when not by SHACL (e.g. {@code invalid-record}, {@code duplicate-dataset}), or null
 * @param detail the specifics of {@code code}, in English
 * @param report the SHACL validation report when it was rejected or drafted for violations, or null
 */
public record JobEntry(long position, Outcome outcome, String key, String location, String dataset, String recordId, String code,
		String detail, Graph report) {
}
