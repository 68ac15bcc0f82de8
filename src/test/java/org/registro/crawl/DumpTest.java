package org.registro.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.registro.store.RecordStore;
import org.registro.support.Fixtures;
import org.registro.support.Http;
import org.registro.support.RegistryTest;
import org.registro.system.RegistryProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The full dumps, fetched anonymously: exactly the public data (never a draft), a new file after a
 * publication, and the HTTP a bulk download needs (conditional GET, ranges, HEAD).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DumpTest extends RegistryTest {

	private static final String NQ = "/catalog/dump.nq.gz";

	private static final String TTL = "/catalog/dump.ttl.gz";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	RecordStore store;

	@Autowired
	RegistryProperties properties;

	private HttpResponse<byte[]> fetch(String path, String... headers) {
		return send(new Http(port).request(path, headers).GET());
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gunzip(byte[] gz) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private DatasetGraph quadsDump() {
		HttpResponse<byte[]> response = fetch(NQ);
		assertThat(response.statusCode()).isEqualTo(200);
		DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
		RDFParser.source(new ByteArrayInputStream(gunzip(response.body()))).lang(Lang.NQUADS).parse(dsg);
		return dsg;
	}

	/** A copy of the store's public data, read in one transaction. */
	private DatasetGraph publicData() {
		return store.readPublic((dsg) -> {
			DatasetGraph copy = DatasetGraphFactory.createTxnMem();
			dsg.find().forEachRemaining(copy::add);
			return copy;
		});
	}

	private void put(String id, String title, String status) {
		HttpResponse<String> put = new Http(port).put("/api/v1/datasets/" + id + "?status=" + status, "text/turtle",
				Fixtures.dataset(title), "Authorization", "Bearer " + TOKEN);
		assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
	}

	private static boolean mentions(DatasetGraph dsg, String title) {
		return dsg.find(Node.ANY, Node.ANY, Node.ANY, NodeFactory.createLiteralLang(title, "es")).hasNext();
	}

	private static Set<Node> graphNames(DatasetGraph dsg) {
		Set<Node> names = new HashSet<>();
		dsg.listGraphNodes().forEachRemaining(names::add);
		return names;
	}

	@Test
	void theQuadsDumpIsThePublicDataGraphByGraph() {
		DatasetGraph dump = quadsDump();
		DatasetGraph expected = publicData();
		assertThat(graphNames(dump)).isEqualTo(graphNames(expected))
			.contains(NodeFactory.createURI(BASE + "/catalog"), NodeFactory.createURI(BASE + "/dataset/presupuesto-egresos-2025"));
		for (Node g : graphNames(expected)) {
			assertThat(dump.getGraph(g).isIsomorphicWith(expected.getGraph(g))).as("graph %s", g).isTrue();
		}
		assertThat(dump.getDefaultGraph().isEmpty()).isEqualTo(expected.getDefaultGraph().isEmpty());
	}

	@Test
	void theTurtleDumpIsTheCatalogAndItsRecordsAsOneGraph() {
		HttpResponse<byte[]> response = fetch(TTL);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains("catalog.ttl.gz");
		Graph dump = GraphFactory.createDefaultGraph();
		RDFParser.source(new ByteArrayInputStream(gunzip(response.body()))).lang(Lang.TURTLE).parse(dump);
		// Expected: the union of the registry's own graphs (named under the base URI), not the vocabularies.
		DatasetGraph data = publicData();
		Graph expected = GraphFactory.createDefaultGraph();
		graphNames(data).stream().filter((g) -> g.getURI().startsWith(BASE + "/"))
			.forEach((g) -> data.getGraph(g).find().forEachRemaining(expected::add));
		assertThat(graphNames(data)).anyMatch((g) -> !g.getURI().startsWith(BASE + "/"));
		assertThat(dump.isIsomorphicWith(expected)).isTrue();
	}

	@Test
	void aDraftIsNeverInTheDumpAndAPublicationChangesIt() {
		String draft = "Borrador del volcado 7f3a";
		String published = "Publicado en el volcado 2b9c";
		put("volcado-borrador", draft, "draft");
		HttpResponse<byte[]> before = fetch(NQ);
		String etagBefore = before.headers().firstValue("ETag").orElseThrow();
		assertThat(mentions(quadsDump(), draft)).isFalse();

		put("volcado-publicado", published, "published");
		HttpResponse<byte[]> after = fetch(NQ);
		assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etagBefore);
		DatasetGraph dump = quadsDump();
		assertThat(mentions(dump, published)).isTrue();
		assertThat(mentions(dump, draft)).isFalse();
		assertThat(fetch(NQ, "If-None-Match", etagBefore).statusCode()).as("the old tag no longer matches").isEqualTo(200);
	}

	@Test
	void anUnchangedDumpAnswers304AndHeadGivesTheHeadersOnly() {
		HttpResponse<byte[]> full = fetch(NQ);
		assertThat(full.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/gzip");
		assertThat(full.headers().firstValue("Cache-Control").orElseThrow()).contains("public").contains("no-cache");
		assertThat(full.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains("catalog.nq.gz");
		assertThat(full.headers().firstValue("Set-Cookie")).as("anonymous, no session").isEmpty();
		String etag = full.headers().firstValue("ETag").orElseThrow();
		String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(fetch(NQ, "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(fetch(NQ, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);

		HttpResponse<byte[]> head = send(new Http(port).request(NQ).method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("ETag")).contains(etag);
		assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(full.body().length);
	}

	@Test
	void aRangeResumesTheDownloadUnlessTheFileChanged() {
		byte[] whole = fetch(NQ).body();
		String etag = fetch(NQ).headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> part = fetch(NQ, "Range", "bytes=10-99");
		assertThat(part.statusCode()).isEqualTo(206);
		assertThat(part.headers().firstValue("Content-Range")).contains("bytes 10-99/" + whole.length);
		assertThat(part.body()).isEqualTo(Arrays.copyOfRange(whole, 10, 100));
		assertThat(fetch(NQ, "Range", "bytes=10-99", "If-Range", etag).statusCode()).isEqualTo(206);

		HttpResponse<byte[]> stale = fetch(NQ, "Range", "bytes=10-99", "If-Range", "\"an-older-dump\"");
		assertThat(stale.statusCode()).as("a part of another file: the whole file instead").isEqualTo(200);
		assertThat(stale.body()).isEqualTo(whole);
		assertThat(fetch(NQ, "Range", "bytes=" + (whole.length + 10) + "-").statusCode()).isEqualTo(416);
	}

	@Test
	void concurrentRequestsGetTheSameFileAndOldFilesAreDeleted() throws IOException {
		for (int i = 0; i < 3; i++) {
			put("volcado-serie", "Serie del volcado " + i, "published");
			fetch(NQ);
		}
		put("volcado-serie", "Serie del volcado final", "published");
		var first = CompletableFuture.supplyAsync(() -> fetch(NQ));
		var second = CompletableFuture.supplyAsync(() -> fetch(NQ));
		assertThat(first.join().headers().firstValue("ETag")).isEqualTo(second.join().headers().firstValue("ETag"));
		assertThat(first.join().body()).isEqualTo(second.join().body());
		try (Stream<Path> files = Files.list(properties.dataDir().resolve("dumps"))) {
			assertThat(files.filter((f) -> f.toString().endsWith(".nq.gz")).count()).as("the current file and the one before").isLessThanOrEqualTo(2);
		}
	}

}
