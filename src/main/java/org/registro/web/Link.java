package org.registro.web;

/** A labelled link for a page; {@code href} is null when the target must not be a link. */
public record Link(String href, String label) {
}
