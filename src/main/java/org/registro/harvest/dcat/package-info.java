/**
 * The DCAT RDF harvest reader: fetches a DCAT document, a Hydra-paged feed or a single large dump
 * through {@link org.registro.outbound.Outbound}, parses it as it streams (spilling a large dump to a
 * temporary TDB2 store), and splits it into one {@link org.registro.harvest.read.SourceRecord} per
 * {@code dcat:Dataset}. Also {@link org.registro.harvest.dcat.IriRepairs}, which the harvester applies
 * to records of every source type. Decides nothing about identity, validation or storage.
 */
package org.registro.harvest.dcat;
