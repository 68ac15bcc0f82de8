package org.registro.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Remote JSON-LD contexts go through the outbound rule for any parse that does not bring its own
 * loader: a plain Jena parse here, as a harvest reader would make it.
 */
class JsonLdContextsTest {

	private static final String CONTEXT = "{ \"@context\": { \"title\": \"" + DCTerms.title.getURI() + "\" } }";

	private final TestServer server = new TestServer().text("/ctx.jsonld", 200, "application/ld+json", CONTEXT);

	@AfterEach
	void stop() {
		server.close();
	}

	/** Leaves the JVM refusing remote contexts, whatever test ran here. */
	@AfterAll
	static void refuseAfterwards() {
		JsonLdContexts.install((url, options) -> {
			throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not in tests");
		});
	}

	@Test
	void aContextOnAForbiddenAddressFailsTheParseAndIsNotRequested() {
		try (HttpOutbound strict = Settings.allowing().outbound()) {
			new JsonLdContexts(strict);
			assertThatThrownBy(() -> parse(document(server.url("/ctx.jsonld")))).isInstanceOf(RiotException.class);
			assertThat(server.requests).isEmpty();
			long start = System.nanoTime();
			assertThatThrownBy(() -> parse(document(URI.create("http://169.254.169.254/latest/meta-data/ctx"))))
				.isInstanceOf(RiotException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused without trying").isLessThan(Duration.ofSeconds(1));
		}
	}

	@Test
	void anAllowedContextIsFetchedOnceAndUsed() {
		try (HttpOutbound loopback = Settings.allowing("127.0.0.0/8").outbound()) {
			new JsonLdContexts(loopback);
			for (int i = 0; i < 3; i++) {
				Graph graph = parse(document(server.url("/ctx.jsonld")));
				assertThat(graph.contains(NodeFactory.createURI("http://example.org/d"), DCTerms.title.asNode(),
						NodeFactory.createLiteralString("Presupuesto"))).isTrue();
			}
			assertThat(server.count("/ctx.jsonld")).as("kept in memory after the first fetch").isEqualTo(1);
			assertThat(server.requests.getFirst().userAgent()).isEqualTo("Registro-test/1");
		}
	}

	@Test
	void localFilesAreNeverRead(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("ctx.jsonld");
		Files.writeString(file, CONTEXT);
		try (HttpOutbound loopback = Settings.allowing("127.0.0.0/8").outbound()) {
			new JsonLdContexts(loopback);
			assertThatThrownBy(() -> parse(document(file.toUri()))).isInstanceOf(RiotException.class);
		}
	}

	@Test
	void aContextTooLargeOrNotJsonFails() {
		server.text("/big.jsonld", 200, "application/ld+json", "{ \"@context\": { \"x\": \"" + "y".repeat(OutboundDocumentLoader.MAX_BYTES) + "\" } }");
		server.text("/html", 200, "text/html", "<html>no</html>");
		// The fetch itself would take 4 MB: the context's own limit refuses it.
		try (HttpOutbound loopback = Settings.allowing("127.0.0.0/8").max(DataSize.ofMegabytes(4)).outbound()) {
			new JsonLdContexts(loopback);
			assertThatThrownBy(() -> parse(document(server.url("/big.jsonld")))).isInstanceOf(RiotException.class)
				.hasMessageContaining("larger than " + OutboundDocumentLoader.MAX_BYTES);
			assertThatThrownBy(() -> parse(document(server.url("/html")))).isInstanceOf(RiotException.class);
		}
	}

	private static String document(URI context) {
		return "{ \"@context\": \"" + context + "\", \"@id\": \"http://example.org/d\", \"title\": \"Presupuesto\" }";
	}

	private static Graph parse(String json) {
		Graph graph = GraphFactory.createDefaultGraph();
		RDFParser.fromString(json, Lang.JSONLD).parse(graph);
		return graph;
	}

}
