/**
 * Requests to other servers (harvest sources, link checks, JSON-LD contexts) under one rule: what
 * may be fetched, how much, how fast, how politely. Owns {@code registry.outbound}.
 * <p>
 * {@link org.registro.outbound.HttpOutbound} is the {@link org.registro.outbound.Outbound}; tests
 * build it from a {@code RegistryProperties.Outbound}. {@link org.registro.outbound.JsonLdContexts}
 * routes the JSON-LD library's remote document loading through it for the whole process. Nothing
 * here knows RDF records, stores or harvest jobs; see docs/outbound.md.
 */
package org.registro.outbound;
