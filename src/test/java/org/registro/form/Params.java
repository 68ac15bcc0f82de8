package org.registro.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request parameters a rendered form sends back for some values, named as in docs/forms.md. */
final class Params {

	private Params() {
	}

	static Map<String, String[]> of(FormValues values) {
		Map<String, String[]> params = new LinkedHashMap<>();
		fill(values, "", params);
		return params;
	}

	private static void fill(FormValues values, String prefix, Map<String, String[]> params) {
		for (FieldSpec f : values.spec().managedFields()) {
			if (f.kind() == FieldKind.NESTED) {
				List<FormValues> items = values.items(f.key());
				for (int i = 0; i < items.size(); i++) {
					String item = prefix + f.key() + "[" + i + "]";
					if (items.get(i).node() != null) {
						params.put(item + "._node", new String[] { items.get(i).node() });
					}
					fill(items.get(i), item + ".", params);
				}
			}
			else if (f.kind() == FieldKind.MULTILINGUAL_TEXT) {
				for (String lang : f.languages()) {
					put(params, prefix + f.key() + "." + lang, values.values(f.key(), lang));
				}
			}
			else {
				put(params, prefix + f.key(), values.values(f.key()));
			}
		}
	}

	private static void put(Map<String, String[]> params, String name, List<String> texts) {
		for (int i = 0; i < texts.size(); i++) {
			params.put(name + "[" + i + "]", new String[] { texts.get(i) });
		}
	}

}
