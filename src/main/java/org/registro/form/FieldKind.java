package org.registro.form;

/** How a field is entered and stored; see {@code docs/forms.md}. */
public enum FieldKind {

	/** A literal, typed with the shape's {@code sh:datatype} if it has one. */
	TEXT,
	/** One input per UI language; values are literals tagged with that language. */
	MULTILINGUAL_TEXT,
	/** A date ({@code regsh:DateValue}), stored as {@code xsd:date} (or the year/month/time form typed). */
	DATE,
	/** A non-negative number ({@code regsh:NonNegativeNumberValue}). */
	NUMBER,
	/** A link: an IRI from no vocabulary. */
	URL,
	/** A concept of a controlled vocabulary, chosen from its scheme. */
	CHOICE,
	/** A registered publisher ({@code regsh:AgentValue}), chosen from the options the caller allows. */
	PUBLISHER,
	/** A resource described inside the record with its own form (distribution, contact point, period). */
	NESTED,
	/** Anything else: not rendered, its triples are always kept. */
	UNSUPPORTED;

}
