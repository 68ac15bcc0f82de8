/**
 * What harvest readers share: a reader per {@link org.registro.harvest.read.SourceType} turns a
 * source into {@link org.registro.harvest.read.SourceRecord}s page by page; the harvester decides
 * identity, validates and writes them.
 */
package org.registro.harvest.read;
