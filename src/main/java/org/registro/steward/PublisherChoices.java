package org.registro.steward;

import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.registro.record.RecordKind;
import org.registro.record.RecordService;
import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.system.RegistryProperties;
import org.registro.validation.RecordValidator;
import org.springframework.stereotype.Component;

/**
 * The publishers a person may choose in a dataset form: the published organizations they edit for
 * (every one for coordinators), by name in the reader's language.
 */
@Component
class PublisherChoices {

	private final RecordValidator validator;

	private final RecordService records;

	private final Permissions permissions;

	private final String prefix;

	PublisherChoices(RecordValidator validator, RecordService records, Permissions permissions, RegistryProperties properties) {
		this.validator = validator;
		this.records = records;
		this.permissions = permissions;
		this.prefix = properties.baseUri() + "/" + RecordKind.PUBLISHER.segment() + "/";
	}

	/** Publisher IRI to name, sorted by name. */
	Map<String, String> forActor(Actor actor, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Map<String, String> out = new LinkedHashMap<>();
		validator.knownPublishers()
			.stream()
			.map(Node::getURI)
			.filter((iri) -> iri.startsWith(prefix))
			.filter((iri) -> permissions.canEdit(actor, iri.substring(prefix.length())))
			.map((iri) -> Map.entry(iri, name(iri, locale)))
			.sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
			.forEach((e) -> out.put(e.getKey(), e.getValue()));
		return out;
	}

	/** The name of a publisher by id, in the reader's language (the id when it has none). */
	String nameOf(String id, Locale locale) {
		return id == null ? null : name(prefix + id, locale);
	}

	private String name(String iri, Locale locale) {
		return records.publisherName(iri, locale).orElse(iri.substring(prefix.length()));
	}

}
