package org.registro.harvest.ckan;

import java.net.URI;
import java.util.Map;

import org.registro.harvest.mapping.JsonBodies;
import org.registro.harvest.read.RunError;
import org.registro.outbound.Outbound;
import org.registro.outbound.OutboundException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@code package_search} answer, its envelope checked: {@code success} true, a {@code result}
 * with a whole {@code count} and a {@code results} list. One page is at most the rows asked for
 * (1,000), so it is read whole; the outbound size cap bounds it too.
 * @param results the package dicts, or null when {@code error} says what was wrong
 */
record SearchPage(URI url, long count, JsonNode results, RunError error) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static SearchPage fetch(Outbound outbound, URI url, Map<String, String> headers, String format) {
		try {
			return outbound.get(url, headers, JsonBodies.ACCEPT, (response, body) -> {
				RunError wrong = JsonBodies.wrongType(response, format).orElse(null);
				if (wrong != null) {
					return failed(url, wrong);
				}
				try (JsonParser parser = JsonBodies.parser(JSON, response, body)) {
					return check(url, JSON.readTree(parser));
				}
				catch (JacksonIOException ex) {
					// the body broke off (or passed the size cap): the fetch failed, not the JSON
					throw ex.getCause();
				}
				catch (JacksonException ex) {
					return failed(url, JsonBodies.syntaxError(url, ex));
				}
			});
		}
		catch (OutboundException ex) {
			return failed(url, JsonBodies.fetchFailed(url, ex));
		}
	}

	static SearchPage check(URI url, JsonNode body) {
		if (body == null || !body.isObject()) {
			return failed(url, "unexpected-shape", "the answer is not a JSON object (is this a CKAN Action API?)");
		}
		JsonNode success = body.get("success");
		if (success == null || !success.isBoolean() || !success.booleanValue()) {
			return failed(url, "api-error", "CKAN answered success=" + (success == null ? "(none)" : success) + errorText(body));
		}
		JsonNode result = body.get("result");
		if (result == null || !result.isObject()) {
			return failed(url, "unexpected-shape", "the answer has no result object");
		}
		JsonNode count = result.get("count");
		JsonNode results = result.get("results");
		if (count == null || !count.canConvertToExactIntegral() || count.asLong() < 0) {
			return failed(url, "unexpected-shape", "result.count is not a whole number: " + count);
		}
		if (results == null || !results.isArray()) {
			return failed(url, "unexpected-shape", "result.results is not a list");
		}
		return new SearchPage(url, count.asLong(), results, null);
	}

	boolean ok() {
		return error == null;
	}

	private static String errorText(JsonNode body) {
		JsonNode error = body.get("error");
		return error == null ? "" : ": " + error;
	}

	private static SearchPage failed(URI url, String code, String detail) {
		return failed(url, new RunError(url.toString(), code, detail));
	}

	private static SearchPage failed(URI url, RunError error) {
		return new SearchPage(url, 0, null, error);
	}

}
