package org.registro.history;

import java.util.List;

/**
 * One row of a version diff, ready to show.
 * <p>
 * A field row says that the field {@code field} of {@code subject} (e.g. "Conjunto de datos",
 * "Título") gained, lost or changed values; {@code before} and {@code after} hold the values as
 * display strings, sorted. A whole-item row ({@code wholeItem}: a distribution added or removed as
 * a whole) has the row's text in {@code field} ("Distribución añadida") and the item's name in
 * {@code subject} ("CSV 2024"), shown together as "Distribución añadida: CSV 2024".
 */
public record FieldChange(Kind kind, String subject, String field, List<String> before, List<String> after, boolean wholeItem) {

	public enum Kind {

		/** No value before. */
		ADDED,

		/** No value after. */
		REMOVED,

		/** Values before and after, not the same ones. */
		CHANGED

	}

	public FieldChange {
		before = List.copyOf(before);
		after = List.copyOf(after);
	}

}
