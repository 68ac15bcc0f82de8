package org.registro.steward;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

import org.registro.record.RecordRef;

/**
 * Ids for new records from their title, so a steward never has to invent one: "Calidad del agua
 * 2025" becomes {@code calidad-del-agua-2025}, with {@code -2}, {@code -3}… when taken.
 */
final class RecordIds {

	private static final int MAX = 80;

	private RecordIds() {
	}

	/** Ids that are also path segments of the pages ({@code /manage/datasets/new}). */
	static boolean isReserved(String id) {
		return id.equals("new");
	}

	static String fromTitle(String title, Predicate<String> taken) {
		String base = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (base.length() > MAX) {
			base = base.substring(0, MAX).replaceAll("-+$", "");
		}
		if (base.isEmpty()) {
			// "conjunto-" alone would pass as an id; a title with nothing usable gets a readable one
			base = "conjunto-de-datos";
		}
		else if (!RecordRef.isValidId(base)) {
			base = "conjunto-" + base;
		}
		String id = base;
		for (int n = 2; taken.test(id) || isReserved(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

}
