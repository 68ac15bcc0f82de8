/**
 * Harvesting other catalogs (DCAT RDF, CKAN, data.json) into this one: sources, scheduled and
 * manual runs (jobs), identity of harvested records, incremental writes, withdrawals, and a report
 * per job stored as RDF in {@code {data-dir}/harvest}; the API ({@code /api/v1/harvest}) and the
 * coordinators' pages ({@code /manage/harvest}). Readers per source type live in subpackages.
 */
package org.registro.harvest;
