package org.registro.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls CKAN actions through MockMvc and checks dicts against the shapes in {@code ckan/shapes.json}. */
final class CkanClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final JsonNode SHAPES = read("/ckan/shapes.json");

	private final MockMvc mvc;

	CkanClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A GET of the action with the parameters; the status and the parsed body. */
	Answer call(String action, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/3/action/" + action);
		params.forEach((k, v) -> request.queryParam(k, v));
		return answer(mvc.perform(request).andReturn());
	}

	/** The result of a successful call. */
	JsonNode result(String action, Map<String, String> params) throws Exception {
		Answer a = call(action, params);
		assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
		assertThat(a.body().get("success").booleanValue()).isTrue();
		return a.body().get("result");
	}

	static Answer answer(MvcResult r) throws Exception {
		return new Answer(r.getResponse().getStatus(), JSON.readTree(r.getResponse().getContentAsString()));
	}

	/** Every key the shape names is present with one of its types. */
	static void assertShape(String shape, JsonNode dict) {
		SHAPES.get(shape).properties().forEach((e) -> {
			assertThat(dict.has(e.getKey())).as("%s has %s: %s", shape, e.getKey(), dict).isTrue();
			String actual = type(dict.get(e.getKey()));
			assertThat(e.getValue().stringValue().split("\\|")).as("%s.%s is %s", shape, e.getKey(), actual).contains(actual);
		});
	}

	private static String type(JsonNode n) {
		return n.isNull() ? "null" : n.isString() ? "string" : n.isNumber() ? "number" : n.isBoolean() ? "boolean" : n.isArray() ? "array" : "object";
	}

	private static JsonNode read(String path) {
		try (InputStream in = CkanClient.class.getResourceAsStream(path)) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Answer(int status, JsonNode body) {
	}

}
