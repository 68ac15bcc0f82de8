package org.registro.harvest.datajson;

import java.net.URI;
import java.util.Optional;

import org.registro.harvest.mapping.BadFieldException;
import org.registro.harvest.mapping.JsonFields;
import org.registro.harvest.mapping.PageBuffer;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.RunError;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks a data.json with the streaming parser: a catalog object whose {@code dataset} list is read
 * one entry at a time (v1.1), or a top-level list of datasets (the older form). Other catalog
 * fields are skipped without being built, except {@code publisher}, which applies to datasets that
 * name none. Being a single pass, a catalog publisher written after the {@code dataset} list comes
 * too late for its datasets.
 */
final class DocumentStream {

	private final JsonMapper json;

	private final JsonParser parser;

	private final URI url;

	private final DatasetMapper mapper;

	private final PageBuffer pages;

	private JsonNode catalogPublisher;

	DocumentStream(JsonMapper json, JsonParser parser, URI url, DatasetMapper mapper, PageBuffer pages) {
		this.json = json;
		this.parser = parser;
		this.url = url;
		this.mapper = mapper;
		this.pages = pages;
	}

	/** @return what stopped the reading, if anything did (syntax errors are thrown) */
	Optional<RunError> read() {
		JsonToken first = parser.nextToken();
		if (first == JsonToken.START_ARRAY) {
			datasets();
			return Optional.empty();
		}
		if (first != JsonToken.START_OBJECT) {
			return shape("the document is neither a catalog object nor a list of datasets");
		}
		boolean found = false;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (name.equals("dataset") && value == JsonToken.START_ARRAY) {
				found = true;
				datasets();
			}
			else if (name.equals("dataset")) {
				return shape("\"dataset\" is not a list");
			}
			else if (name.equals("publisher") && value == JsonToken.START_OBJECT) {
				catalogPublisher = json.readTree(parser);
			}
			else {
				parser.skipChildren();
			}
		}
		return found ? Optional.empty() : shape("the catalog has no \"dataset\" list");
	}

	/** From a list's start to its end, one entry at a time. */
	private void datasets() {
		int n = 0;
		JsonToken t;
		while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (t == null) {
				return;
			}
			n++;
			if (t == JsonToken.START_OBJECT) {
				JsonNode entry = json.readTree(parser);
				pages.add(mapper.map(entry, location(n, entry), catalogPublisher));
			}
			else {
				String kind = t == JsonToken.START_ARRAY ? "a list" : t == JsonToken.VALUE_NULL ? "null" : BadFieldException.kind(json.readTree(parser));
				parser.skipChildren();
				pages.add(new RecordProblem(url + " #" + n, "not-an-object", "a dataset entry must be a JSON object, this one is " + kind));
			}
		}
	}

	/** "URL #n (identifier)", n counted from 1 in the dataset list. */
	private String location(int n, JsonNode entry) {
		String id = JsonFields.scalar(entry, "identifier").orElse("");
		return url + " #" + n + (id.isEmpty() ? "" : " (" + id + ")");
	}

	private Optional<RunError> shape(String detail) {
		return Optional.of(new RunError(url.toString(), "unexpected-shape", detail));
	}

}
