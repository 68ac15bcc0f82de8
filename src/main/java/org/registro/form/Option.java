package org.registro.form;

/** One entry of a choice list: the stored IRI and its label in one language. */
public record Option(String value, String label) {
}
