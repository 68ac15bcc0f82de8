package org.registro.ckan;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.registro.search.DatasetIndex;
import org.registro.store.RecordStore;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code /api/3/action/{action}} (and {@code /api/action/...}, which CKAN clients such as ckanapi
 * call): GET with query parameters or POST with a JSON object, answered in CKAN's envelope.
 * Read-only and anonymous; JSON is written by a mapper of its own so that CKAN's nulls stay in.
 */
@RestController
@RequestMapping({ "/api/3/action", "/api/action" })
class CkanController {

	private static final Logger log = LoggerFactory.getLogger(CkanController.class);

	private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=utf-8");

	private static final String ACTION = CkanController.class.getName() + ".action";

	private final JsonMapper json = JsonMapper.builder().build();

	private final CkanActions actions;

	private final long maxBody;

	private final DatasetIndex index;

	private final RecordStore store;

	CkanController(CkanActions actions, DatasetIndex index, RecordStore store, org.registro.system.RegistryProperties properties) {
		this.actions = actions;
		this.index = index;
		this.store = store;
		this.maxBody = properties.api().maxBodySize().toBytes();
	}

	@RequestMapping(path = "/{action}", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> action(@PathVariable String action, HttpServletRequest request, HttpServletResponse servletResponse)
			throws IOException {
		Function<CkanParams, Object> function = actions.get(action);
		if (function == null) {
			throw CkanException.badRequest("Action name not known: " + action);
		}
		request.setAttribute(ACTION, action);
		// A GET answer changes only when the public data does: a harvester polling with If-None-Match
		// gets a 304, before any work, until then. The version is read first, so the tag is never
		// newer than the body. Weak, as the body may be sent compressed.
		boolean get = "GET".equals(request.getMethod());
		String etag = get ? etag(action, request) : null;
		if (get && new ServletWebRequest(request, servletResponse).checkNotModified(etag)) {
			return null;
		}
		Object result = function.apply(new CkanParams(params(request)));
		Map<String, Object> body = envelope(action, true);
		body.put("result", result);
		ResponseEntity<String> response = respond(HttpStatus.OK, body);
		if (!get) {
			return response;
		}
		return ResponseEntity.status(HttpStatus.OK)
			.headers(response.getHeaders())
			.eTag(etag)
			.cacheControl(CacheControl.noCache().cachePublic())
			.body(response.getBody());
	}

	private String etag(String action, HttpServletRequest request) {
		StringBuilder query = new StringBuilder(action);
		new TreeMap<>(request.getParameterMap()).forEach((k, v) -> query.append('&').append(k).append('=').append(String.join(",", v)));
		return "W/\"ckan-" + Long.toHexString(index.epoch()) + "-" + store.publicVersion() + "-"
				+ Integer.toHexString(query.toString().hashCode()) + "\"";
	}

	/** Query parameters, then (POST) the JSON object of the body or the form fields. */
	private Map<String, JsonNode> params(HttpServletRequest request) throws IOException {
		Map<String, JsonNode> out = new LinkedHashMap<>();
		request.getParameterMap().forEach((k, v) -> out.put(k, v.length == 1 ? JsonNodeFactory.instance.stringNode(v[0])
				: JsonNodeFactory.instance.arrayNode().addAll(java.util.Arrays.stream(v).map(JsonNodeFactory.instance::stringNode).toList())));
		String type = request.getContentType();
		if (!"POST".equals(request.getMethod()) || (type != null && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE))) {
			return out;
		}
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
		}
		if (bytes.length > maxBody) {
			throw CkanException.badRequest("JSON Error: the body is larger than " + maxBody + " bytes");
		}
		if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
			return out;
		}
		JsonNode body;
		try {
			body = json.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw CkanException.badRequest("JSON Error: Error decoding JSON data.");
		}
		if (body == null || !body.isObject()) {
			throw CkanException.badRequest("JSON Error: Request data JSON decoded but it needs to be a dictionary.");
		}
		body.properties().forEach((e) -> out.put(e.getKey(), e.getValue()));
		return out;
	}

	@ExceptionHandler(CkanException.class)
	ResponseEntity<String> failed(CkanException ex, HttpServletRequest request) {
		log.info("{} {} -> {} {}", request.getMethod(), request.getRequestURI(), ex.status().value(), ex.getMessage());
		if (ex.type() == null) {
			return respond(ex.status(), ex.getMessage());
		}
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("__type", ex.type());
		if (ex.fields() != null) {
			error.putAll(ex.fields());
		}
		else {
			error.put("message", ex.getMessage());
		}
		Map<String, Object> body = envelope((String) request.getAttribute(ACTION), false);
		body.put("error", error);
		ResponseEntity<String> response = respond(ex.status(), body);
		if (ex.status() == HttpStatus.SERVICE_UNAVAILABLE) {
			return ResponseEntity.status(ex.status()).headers(response.getHeaders()).header(HttpHeaders.RETRY_AFTER, "5").body(response.getBody());
		}
		return response;
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<String> unexpected(RuntimeException ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		Map<String, Object> body = envelope((String) request.getAttribute(ACTION), false);
		body.put("error", Map.of("__type", "Internal Server Error", "message", "Internal Server Error"));
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, body);
	}

	private Map<String, Object> envelope(String action, boolean success) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("help", actions.helpUrl(action));
		body.put("success", success);
		return body;
	}

	private ResponseEntity<String> respond(HttpStatus status, Object body) {
		return ResponseEntity.status(status).contentType(JSON_UTF8).body(json.writeValueAsString(body));
	}

}
