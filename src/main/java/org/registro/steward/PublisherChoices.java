package org.registro.steward;

import java.text.Collator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

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
 * (every one for coordinators), by name in the reader's language. The harvest form lists them all.
 */
@Component
public class PublisherChoices {

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
		return published(locale, (id) -> permissions.canEdit(actor, id));
	}

	/** Every published publisher of this registry: IRI to name, sorted by name. */
	public Map<String, String> all(Locale locale) {
		return published(locale, (id) -> true);
	}

	private Map<String, String> published(Locale locale, Predicate<String> byId) {
		Collator collator = Collator.getInstance(locale);
		Map<String, String> out = new LinkedHashMap<>();
		validator.knownPublishers()
			.stream()
			.map(Node::getURI)
			.filter((iri) -> iri.startsWith(prefix))
			.filter((iri) -> byId.test(iri.substring(prefix.length())))
			.map((iri) -> Map.entry(iri, name(iri, locale)))
			.sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
			.forEach((e) -> out.put(e.getKey(), e.getValue()));
		return out;
	}

	/** The name of a publisher by id, in the reader's language (the id when it has none). */
	String nameOf(String id, Locale locale) {
		return id == null ? null : name(prefix + id, locale);
	}

	/** The name of a publisher by IRI, in the reader's language: its id when it has none, the IRI when it is none of ours; null for null. */
	public String name(String iri, Locale locale) {
		if (iri == null) {
			return null;
		}
		return records.publisherName(iri, locale).orElse(iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri);
	}

}
