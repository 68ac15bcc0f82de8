package org.registro.ckan;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.registro.record.RecordKind;
import org.registro.record.RecordState;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.search.IndexFields;
import org.registro.vocabulary.Vocabularies;
import org.springframework.stereotype.Component;

/** The display names of facet values: organizations by their publisher's name, groups by the theme's label. */
@Component
class FacetNames {

	private final RecordService records;

	private final Vocabularies vocabularies;

	/** Group name to theme IRI. */
	private final Map<String, String> themes;

	FacetNames(RecordService records, Vocabularies vocabularies) {
		this.records = records;
		this.vocabularies = vocabularies;
		this.themes = GroupDicts.themes(vocabularies).stream().collect(Collectors.toMap(IndexFields::group, Function.identity()));
	}

	String displayName(String field, String value) {
		return switch (field) {
			case IndexFields.ORGANIZATION -> organization(value);
			case IndexFields.GROUPS -> themes.containsKey(value) ? vocabularies.label(themes.get(value), "es").orElse(value) : value;
			case IndexFields.LICENSE -> vocabularies.label(value, "es").orElse(value);
			default -> value;
		};
	}

	private String organization(String name) {
		if (!RecordRef.isValidId(name)) {
			return name;
		}
		return records.state(new RecordRef(RecordKind.PUBLISHER, name))
			.filter(RecordState::isPublic)
			.map((s) -> s.summary().title(Locale.of("es"), name))
			.orElse(name);
	}

}
