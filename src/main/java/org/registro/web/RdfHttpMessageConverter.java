package org.registro.web;

import java.io.IOException;
import java.util.Arrays;

import org.apache.jena.graph.Graph;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/** Lets handlers return a Jena {@link Graph} in any {@link RdfFormat} (write only: bodies are read by {@link RdfBodyReader}). */
@Component
public class RdfHttpMessageConverter extends AbstractHttpMessageConverter<Graph> {

	private final RdfWriting writing;

	public RdfHttpMessageConverter(RdfWriting writing) {
		super(Arrays.stream(RdfFormat.values()).map(RdfFormat::mediaType).toArray(MediaType[]::new));
		this.writing = writing;
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return Graph.class.isAssignableFrom(clazz);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected Graph readInternal(Class<? extends Graph> clazz, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("Graphs are read by RdfBodyReader", input);
	}

	@Override
	protected void writeInternal(Graph graph, HttpOutputMessage output) throws IOException {
		MediaType type = output.getHeaders().getContentType();
		RdfFormat format = type == null ? RdfFormat.TURTLE : RdfFormat.fromMediaType(type).orElse(RdfFormat.TURTLE);
		writing.write(graph, format, output.getBody());
	}

}
