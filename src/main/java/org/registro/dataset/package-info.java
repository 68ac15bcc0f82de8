/**
 * Dataset resource pages: {@code /dataset/{id}} and its distributions, as HTML (with schema.org
 * JSON-LD for search engines) or RDF. Reads only published data.
 */
package org.registro.dataset;
