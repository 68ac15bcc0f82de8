/**
 * HTTP plumbing shared by every feature: the one content-negotiation component, RDF reading and
 * writing (JSON-LD with our published context), conditional responses, and the mapping of typed
 * exceptions to problem details (or an HTML page, for browsers).
 */
package org.registro.web;
