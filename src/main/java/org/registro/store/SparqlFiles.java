package org.registro.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** Queries kept as {@code .rq} files under {@code sparql/}, parsed once; values are bound at run time, never spliced in. */
public final class SparqlFiles {

	private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

	private SparqlFiles() {
	}

	public static Query query(String name) {
		return CACHE.computeIfAbsent(name, (n) -> QueryFactory.create(text(n)));
	}

	/** The file as written, comments and layout kept (for showing it to people). */
	public static String text(String name) {
		try (InputStream in = SparqlFiles.class.getResourceAsStream("/sparql/" + name + ".rq")) {
			if (in == null) {
				throw new IllegalArgumentException("No query sparql/" + name + ".rq");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
