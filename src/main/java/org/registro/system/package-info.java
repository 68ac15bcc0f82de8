/**
 * Cross-cutting set-up: typed configuration and the data directory. Owns no RDF and no HTTP
 * handlers.
 */
package org.registro.system;
