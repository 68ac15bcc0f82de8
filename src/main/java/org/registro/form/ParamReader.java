package org.registro.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads form values from request parameters named as in {@code docs/forms.md}
 * ({@code title.es[0]}, {@code distribution[1].accessURL[0]}, {@code distribution[1]._node}),
 * applying the no-JavaScript edit buttons ({@code _add}, {@code _remove}). Indices may have gaps
 * (the script removes inputs without renumbering); values are numbered from 0 again, in order.
 * Each value that cannot be stored is recorded as an input error under its new input id.
 */
final class ParamReader {

	static final String ADD = "_add";

	static final String REMOVE = "_remove";

	static final String NODE = "_node";

	/** Larger indices are ignored: no form has that many values, and a request cannot make us loop. */
	private static final int MAX_INDEX = 9999;

	private final Map<String, String[]> params;

	private final Set<String> additions;

	private final Set<String> removals;

	private FormValues root;

	ParamReader(Map<String, String[]> params) {
		this.params = params;
		this.additions = new HashSet<>(Arrays.asList(params.getOrDefault(ADD, new String[0])));
		this.removals = new HashSet<>(Arrays.asList(params.getOrDefault(REMOVE, new String[0])));
	}

	FormValues read(FormSpec spec) {
		root = new FormValues(spec, null);
		fill(root, "", "");
		return root;
	}

	/** {@code in}: the parameter-name prefix of this form; {@code out}: the prefix of the ids it renders with. */
	private void fill(FormValues values, String in, String out) {
		for (FieldSpec f : values.spec().managedFields()) {
			if (f.kind() == FieldKind.NESTED) {
				items(values, f, in, out);
			}
			else if (f.kind() == FieldKind.MULTILINGUAL_TEXT) {
				f.languages().forEach((lang) -> texts(values, f, in + f.key() + "." + lang, out + f.key() + "." + lang, f.key() + "." + lang));
			}
			else {
				texts(values, f, in + f.key(), out + f.key(), f.key());
			}
		}
	}

	private void texts(FormValues values, FieldSpec f, String in, String out, String valueKey) {
		List<String> texts = new ArrayList<>();
		first(in).ifPresent(texts::add);
		indexed(in, "").forEach((i, name) -> {
			if (!removals.contains(name)) {
				texts.addAll(Arrays.asList(params.get(name)));
			}
		});
		if (additions.contains(in)) {
			texts.add("");
		}
		for (String text : texts) {
			String id = out + "[" + values.values(valueKey).size() + "]";
			String error = ValueParser.problem(f, text);
			if (error != null) {
				root.error(id, error);
			}
			values.add(valueKey, text);
		}
	}

	private void items(FormValues values, FieldSpec f, String in, String out) {
		String base = in + f.key();
		Set<String> seen = new HashSet<>();
		indexed(base, "\\.").forEach((i, name) -> {
			String item = base + "[" + i + "]";
			if (!seen.add(item) || removals.contains(item)) {
				return;
			}
			FormValues v = new FormValues(f.nested(), first(item + "." + NODE).orElse(null));
			fill(v, item + ".", out + f.key() + "[" + values.items(f.key()).size() + "].");
			values.addItem(f.key(), v);
		});
		if (additions.contains(base)) {
			values.addItem(f.key(), new FormValues(f.nested(), null));
		}
	}

	/** The parameters {@code base[i]} (when {@code after} is "") or {@code base[i].…}, by index. */
	private Map<Integer, String> indexed(String base, String after) {
		Pattern p = Pattern.compile(Pattern.quote(base) + "\\[(\\d{1,4})\\]" + (after.isEmpty() ? "" : after + ".*"));
		Map<Integer, String> byIndex = new TreeMap<>();
		for (String name : params.keySet()) {
			Matcher m = p.matcher(name);
			if (m.matches() && Integer.parseInt(m.group(1)) <= MAX_INDEX) {
				byIndex.putIfAbsent(Integer.parseInt(m.group(1)), after.isEmpty() ? name : name.substring(0, m.end(1) + 1));
			}
		}
		return byIndex;
	}

	private java.util.Optional<String> first(String name) {
		String[] v = params.get(name);
		return v == null || v.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(v[0]);
	}

}
