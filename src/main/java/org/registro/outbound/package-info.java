/**
 * Requests to other servers (harvest sources, link checks, JSON-LD contexts) under one rule: what
 * may be fetched, how much, how fast, how politely. Owns {@code registry.outbound}.
 */
package org.registro.outbound;
