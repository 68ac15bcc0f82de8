package org.registro.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.registro.record.RecordService;
import org.registro.validation.RecordValidator;
import org.registro.vocabulary.Vocabularies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The changes between two versions of a record as rows a person can read: for each part of the
 * record (see {@link Item}) and each property, whether values were added, removed or changed.
 * Distributions added or removed as a whole are one row each. The catalog record's bookkeeping
 * (dates and change type, which the registry rewrites on every write) is left out, so a change of
 * status alone shows no row.
 */
@Component
public class VersionDiff {

	private final PropertyNames properties;

	private final ValueText values;

	private final MessageSource messages;

	@Autowired
	public VersionDiff(RecordValidator validator, Vocabularies vocabularies, MessageSource messages, RecordService records) {
		// A publisher is shown by its name, as the steward chose it in the form.
		this(validator, vocabularies, messages, records::publisherName);
	}

	/** @param recordNames names of the registry's own records by IRI, e.g. publishers */
	public VersionDiff(RecordValidator validator, Vocabularies vocabularies, MessageSource messages,
			BiFunction<String, Locale, Optional<String>> recordNames) {
		this.properties = new PropertyNames(validator.shapes().getGraph());
		this.values = new ValueText(vocabularies, recordNames);
		this.messages = messages;
	}

	/** The rows, main resource first in shape order ({@code sh:order}), then its nested parts. */
	public List<FieldChange> diff(Graph before, Graph after, Node mainSubject, Locale locale) {
		Items was = Items.of(before, mainSubject);
		Items is = Items.of(after, mainSubject);
		ItemNames names = new ItemNames(was, is, properties, messages, locale);
		Map<Item, Map<Node, Sides>> grouped = new HashMap<>();
		collect(was, grouped, false);
		collect(is, grouped, true);
		Set<Item> inBefore = was.all();
		Set<Item> inAfter = is.all();
		List<Row> rows = new ArrayList<>();
		grouped.forEach((item, byProperty) -> {
			Item distribution = item.distribution();
			if (distribution != null && inBefore.contains(distribution) != inAfter.contains(distribution)) {
				return; // a distribution added or removed as a whole is one row, made below
			}
			boolean onBothSides = inBefore.contains(item) && inAfter.contains(item);
			byProperty.forEach((property, sides) -> {
				// A type is news only on a part that was already there.
				if (sides.before().equals(sides.after()) || (property.equals(RDF.type.asNode()) && !onBothSides)) {
					return;
				}
				String field = names.property(property, item);
				rows.add(new Row(item, properties.order(property, names.classes(item)), field,
						change(names.label(item), field, sides, before, after, locale)));
			});
		});
		wholeDistributions(was, is, names, rows);
		rows.sort(Comparator.<Row, List<String>>comparing((r) -> names.sortKey(r.item()), ItemNames::compareKeys)
			.thenComparingDouble(Row::order)
			.thenComparing(Row::name));
		return rows.stream().map(Row::change).toList();
	}

	/** A row with what it sorts by. */
	private record Row(Item item, double order, String name, FieldChange change) {
	}

	/** The values of one property of one item in each version. */
	private record Sides(Set<Node> before, Set<Node> after) {
	}

	private static void collect(Items items, Map<Item, Map<Node, Sides>> grouped, boolean after) {
		items.graph().find().forEachRemaining((t) -> {
			Item item = items.item(t.getSubject());
			// The catalog record and the types are the registry's to write, never a person's: no rows.
			if (item.role() == Item.Role.RECORD || t.getPredicate().equals(RDF.type.asNode()) || !items.isShownAsValue(t)) {
				return;
			}
			Sides sides = grouped.computeIfAbsent(item, (k) -> new HashMap<>())
				.computeIfAbsent(t.getPredicate(), (k) -> new Sides(new HashSet<>(), new HashSet<>()));
			(after ? sides.after() : sides.before()).add(t.getObject());
		});
	}

	private FieldChange change(String subject, String field, Sides sides, Graph before, Graph after, Locale locale) {
		FieldChange.Kind kind = sides.before().isEmpty() ? FieldChange.Kind.ADDED
				: sides.after().isEmpty() ? FieldChange.Kind.REMOVED : FieldChange.Kind.CHANGED;
		return new FieldChange(kind, subject, field, texts(sides.before(), before, after, locale), texts(sides.after(), before, after, locale),
				false);
	}

	private List<String> texts(Set<Node> nodes, Graph before, Graph after, Locale locale) {
		return nodes.stream().map((n) -> values.text(n, before, after, locale)).sorted().toList();
	}

	/** One row per distribution that is in only one of the versions. */
	private void wholeDistributions(Items was, Items is, ItemNames names, List<Row> rows) {
		Set<Item> before = was.all();
		Set<Item> after = is.all();
		Set<Item> all = new HashSet<>(before);
		all.addAll(after);
		for (Item d : all) {
			if (d.role() != Item.Role.DISTRIBUTION || before.contains(d) == after.contains(d)) {
				continue;
			}
			boolean added = after.contains(d);
			String label = names.label(d);
			String text = names.message(added ? "diff.distribution.added" : "diff.distribution.removed");
			List<String> values = List.of(label);
			rows.add(new Row(d, -1, text, new FieldChange(added ? FieldChange.Kind.ADDED : FieldChange.Kind.REMOVED, label, text,
					added ? List.of() : values, added ? values : List.of(), true)));
		}
	}

}
