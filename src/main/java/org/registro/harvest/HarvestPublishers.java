package org.registro.harvest;

import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.registro.record.RecordKind;
import org.registro.record.RecordService;
import org.registro.system.RegistryProperties;
import org.registro.validation.RecordValidator;
import org.springframework.stereotype.Component;

/**
 * The publishers of this registry a source's records may be assigned to, by name in the reader's
 * language (the same list a coordinator gets in the dataset form: {@code steward.PublisherChoices}).
 */
@Component
class HarvestPublishers {

	private final RecordValidator validator;

	private final RecordService records;

	private final String prefix;

	HarvestPublishers(RecordValidator validator, RecordService records, RegistryProperties properties) {
		this.validator = validator;
		this.records = records;
		this.prefix = properties.baseUri() + "/" + RecordKind.PUBLISHER.segment() + "/";
	}

	/** Publisher IRI to name, sorted by name. */
	Map<String, String> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Map<String, String> out = new LinkedHashMap<>();
		validator.knownPublishers()
			.stream()
			.map(Node::getURI)
			.filter((iri) -> iri.startsWith(prefix))
			.map((iri) -> Map.entry(iri, name(iri, locale)))
			.sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
			.forEach((e) -> out.put(e.getKey(), e.getValue()));
		return out;
	}

	/** A publisher's name in the reader's language, its IRI when it has none, null for none. */
	String name(String iri, Locale locale) {
		return iri == null ? null : records.publisherName(iri, locale).orElse(iri);
	}

}
