package org.registro.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.registro.validation.Problem;

/**
 * Routes validation results to the field they concern: the focus node names the form (the record
 * or one nested item), the path names the field in it. A result about an item as a whole goes to
 * the item ({@code distribution[1]}); anything else to the general list, key "".
 */
final class ProblemRouter {

	private record Target(FormSpec spec, String prefix) {
	}

	private final Map<String, Target> targets = new HashMap<>();

	private ProblemRouter() {
	}

	static Map<String, List<Problem>> route(List<Problem> problems, FormValues values, Node subject) {
		ProblemRouter r = new ProblemRouter();
		r.targets.put(NodeIds.id(subject), new Target(values.spec(), ""));
		r.targets.put(subject.toString(), new Target(values.spec(), ""));
		r.walk(values, "");
		Map<String, List<Problem>> byField = new LinkedHashMap<>();
		for (Problem p : problems) {
			byField.computeIfAbsent(r.fieldId(p), (k) -> new ArrayList<>()).add(p);
		}
		return byField;
	}

	private void walk(FormValues values, String prefix) {
		for (FieldSpec f : values.spec().managedFields()) {
			if (f.kind() != FieldKind.NESTED) {
				continue;
			}
			List<FormValues> items = values.items(f.key());
			for (int i = 0; i < items.size(); i++) {
				String itemPrefix = prefix + f.key() + "[" + i + "].";
				if (items.get(i).node() != null) {
					targets.putIfAbsent(items.get(i).node(), new Target(f.nested(), itemPrefix));
				}
				walk(items.get(i), itemPrefix);
			}
		}
	}

	private String fieldId(Problem p) {
		Target t = targets.get(p.focusNode());
		if (t == null) {
			return "";
		}
		if (p.path() == null) {
			return t.prefix().isEmpty() ? "" : t.prefix().substring(0, t.prefix().length() - 1);
		}
		return t.spec().fieldByPath(p.path())
			.filter((f) -> f.kind() != FieldKind.UNSUPPORTED)
			.map((f) -> t.prefix() + f.key())
			.orElse("");
	}

}
