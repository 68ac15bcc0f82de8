package org.registro.harvest.mapping;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

import org.registro.harvest.read.RunError;
import org.registro.outbound.FetchedResponse;
import org.registro.outbound.OutboundException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What the JSON readers do alike with a fetched body: check its type, open a streaming parser, name failures. */
public final class JsonBodies {

	/** The Accept header JSON readers send. */
	public static final String ACCEPT = "application/json, text/json;q=0.9, text/plain;q=0.5, */*;q=0.1";

	private JsonBodies() {
	}

	/**
	 * A {@code wrong-content-type} error when the body is declared as something that cannot be
	 * JSON (an HTML error page, XML). No type, JSON types, {@code text/plain} and
	 * {@code application/octet-stream} (raw file hosts send these) are read.
	 * @param override the source's media type override, or null
	 */
	public static Optional<RunError> wrongType(FetchedResponse response, String override) {
		String type = override != null ? override.toLowerCase(Locale.ROOT).split(";", 2)[0].strip() : response.mediaType();
		if (type == null || type.isEmpty() || type.equals("text/plain") || type.equals("application/octet-stream")
				|| type.endsWith("/json") || type.endsWith("+json")) {
			return Optional.empty();
		}
		return Optional.of(new RunError(response.url().toString(), "wrong-content-type",
				"expected JSON, got " + type + " (is the URL an API endpoint or a data.json, not a web page?)"));
	}

	/** A streaming parser over the body, reading it in the charset the response names (JSON's own detection when none). */
	public static JsonParser parser(JsonMapper json, FetchedResponse response, InputStream body) {
		Charset charset = charset(response.charset());
		return charset == null ? json.createParser(body) : json.createParser(new InputStreamReader(body, charset));
	}

	/** A JSON reader: sub-trees are read from a stream that goes on after them, so trailing tokens are expected. */
	public static JsonMapper mapper() {
		return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
	}

	/** A {@code syntax-error} saying where the JSON went wrong. */
	public static RunError syntaxError(URI url, JacksonException ex) {
		TokenStreamLocation at = ex.getLocation();
		String where = at == null || at == TokenStreamLocation.NA ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
		return new RunError(url.toString(), "syntax-error", "not valid JSON" + where + ": " + ex.getOriginalMessage());
	}

	public static RunError fetchFailed(URI url, OutboundException ex) {
		String status = ex.reason() == OutboundException.Reason.HTTP_STATUS ? " (HTTP " + ex.status() + ")" : "";
		return new RunError((ex.url() != null ? ex.url() : url).toString(), "fetch-failed",
				ex.reason().name().toLowerCase(Locale.ROOT).replace('_', '-') + status + ": " + ex.getMessage());
	}

	/** Only charsets other than the UTF ones need a reader: Jackson detects UTF-8/16/32 itself. */
	private static Charset charset(String name) {
		if (name == null || name.toUpperCase(Locale.ROOT).startsWith("UTF")) {
			return null;
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

}
