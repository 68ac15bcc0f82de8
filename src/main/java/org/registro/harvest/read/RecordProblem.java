package org.registro.harvest.read;

/**
 * A record the reader found but could not turn into DCAT-AP (it is reported as rejected).
 * @param location where in the source (page URL and position)
 * @param code a stable token naming the kind of problem (e.g. {@code missing-title}), for reports and messages
 * @param detail the specifics in English (the offending value, the field)
 */
public record RecordProblem(String location, String code, String detail) {
}
