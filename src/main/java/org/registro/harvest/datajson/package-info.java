/**
 * Harvesting a DCAT-US / Project Open Data {@code data.json} (v1.1, the older top-level list, and
 * Latin American variants such as Argentina's "Perfil de Metadatos"):
 * {@link org.registro.harvest.datajson.DataJsonReader} streams the document, mapping each entry of
 * its {@code dataset} list to DCAT-AP as it is read. Fetches go through
 * {@link org.registro.outbound.Outbound}; validation and writing are the harvester's.
 */
package org.registro.harvest.datajson;
