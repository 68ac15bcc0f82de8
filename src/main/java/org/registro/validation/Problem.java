package org.registro.validation;

/**
 * One validation result in plain words, as the API and the pages show it.
 *
 * @param severity {@code violation}, {@code warning} or {@code info}
 * @param focusNode the resource the result is about
 * @param path the property (a SHACL path in SPARQL syntax), or null
 * @param value the offending value, or null
 * @param message a sentence in the requested language
 * @param shape the shape that produced it
 */
public record Problem(String severity, String focusNode, String path, String value, String message, String shape) {
}
