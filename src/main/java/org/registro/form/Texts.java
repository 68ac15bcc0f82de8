package org.registro.form;

import java.util.List;
import java.util.Map;

/** Picking a text in the reader's language. */
final class Texts {

	/** The languages a form offers inputs in; Spanish first, as the default. */
	static final List<String> LANGUAGES = List.of("es", "en");

	private Texts() {
	}

	/** The text in {@code lang}, else Spanish, else English, else any, else "". */
	static <T> T pick(Map<String, T> byLang, String lang, T none) {
		for (String l : new String[] { lang, "es", "en", "" }) {
			if (l != null && byLang.containsKey(l)) {
				return byLang.get(l);
			}
		}
		return byLang.values().stream().findFirst().orElse(none);
	}

}
