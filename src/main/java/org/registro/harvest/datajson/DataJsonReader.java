package org.registro.harvest.datajson;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.registro.harvest.mapping.JsonBodies;
import org.registro.harvest.mapping.PageBuffer;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceReader;
import org.registro.harvest.read.SourceType;
import org.registro.outbound.Outbound;
import org.registro.outbound.OutboundException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a data.json in one streaming pass: each dataset entry is parsed into a small tree, mapped,
 * and handed to the sink in pages of the request's page size, so memory does not grow with the
 * document. The run is complete only when the whole document was read.
 */
@Component
public class DataJsonReader implements SourceReader {

	private static final JsonMapper JSON = JsonBodies.mapper();

	private final Outbound outbound;

	private final ValueTables tables;

	public DataJsonReader(Outbound outbound, ValueTables tables) {
		this.outbound = outbound;
		this.tables = tables;
	}

	@Override
	public SourceType type() {
		return SourceType.DATAJSON;
	}

	@Override
	public ReadOutcome read(ReadRequest request, PageSink sink) {
		URI url = request.url();
		PageBuffer pages = new PageBuffer(sink, url, request.pageSize());
		Optional<RunError> error;
		AtomicBoolean fetched = new AtomicBoolean();
		try {
			error = outbound.get(url, request.headers(), JsonBodies.ACCEPT, (response, body) -> {
				fetched.set(true);
				Optional<RunError> wrong = JsonBodies.wrongType(response, request.format());
				if (wrong.isPresent()) {
					return wrong;
				}
				try (JsonParser parser = JsonBodies.parser(JSON, response, body)) {
					return new DocumentStream(JSON, parser, response.url(), new DatasetMapper(tables), pages).read();
				}
				catch (JacksonIOException ex) {
					// the body broke off (or passed the size cap): the fetch failed, not the JSON
					throw ex.getCause();
				}
				catch (JacksonException ex) {
					return Optional.of(JsonBodies.syntaxError(response.url(), ex));
				}
			});
		}
		catch (OutboundException ex) {
			error = Optional.of(JsonBodies.fetchFailed(url, ex));
		}
		// what was read before a failure is delivered: those records are as good as any
		pages.flush();
		return new ReadOutcome(error.isEmpty(), fetched.get() ? 1 : 0, error.stream().toList());
	}

}
