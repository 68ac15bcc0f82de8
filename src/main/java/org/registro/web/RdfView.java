package org.registro.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.springframework.web.servlet.View;

/** Renders the model's graph in one RDF format, so a page handler can answer RDF or HTML. */
public final class RdfView implements View {

	public static final String GRAPH = "graph";

	private final RdfWriting writing;

	private final RdfFormat format;

	public RdfView(RdfWriting writing, RdfFormat format) {
		this.writing = writing;
		this.format = format;
	}

	@Override
	public String getContentType() {
		return format.mediaType().toString();
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
		response.setContentType(format == RdfFormat.TURTLE || format == RdfFormat.NTRIPLES ? getContentType() + ";charset=UTF-8"
				: getContentType());
		response.setCharacterEncoding("UTF-8");
		writing.write((Graph) model.get(GRAPH), format, response.getOutputStream());
	}

}
