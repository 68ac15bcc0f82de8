package org.registro.form;

import java.util.List;
import java.util.Map;

/** What {@link FieldKinds} decides about a merged shape: its kind and what that kind needs. */
record FieldDraft(FieldKind kind, Map<String, List<Option>> options, FormSpec nested, String nestedType, String datatype,
		List<String> linkSchemes) {

	static FieldDraft of(FieldKind kind) {
		return new FieldDraft(kind, Map.of(), null, null, null, List.of());
	}

}
