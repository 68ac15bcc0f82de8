package org.registro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry as an operator runs it: a real server on a random loopback port, started twice on
 * the same data directory. The first start generates the admin token and loads the demo catalog;
 * the second reuses both, and what was written before the restart is still there.
 */
class RegistryLifecycleTest {

	private static final String BASE = "http://localhost:8080";

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path dataDir;

	@Test
	void firstStartGeneratesATokenAndLoadsTheDemoOnceAndARestartKeepsEverything() throws Exception {
		Path tokenFile = dataDir.resolve("admin-token");
		String token;
		Graph written;
		try (ConfigurableApplicationContext app = start()) {
			String root = root(app);
			assertThat(tokenFile).exists();
			assertThat(Files.getPosixFilePermissions(tokenFile)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
			token = Files.readString(tokenFile).strip();
			assertThat(token).hasSizeGreaterThanOrEqualTo(40);
			assertThat(datasetsInCatalog(root)).isEqualTo(20);

			HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(root + "/api/v1/datasets/antes-de-reiniciar"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "text/turtle")
				.PUT(BodyPublishers.ofString(Fixtures.dataset("Escrito antes de reiniciar"))));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			written = turtle(root + "/dataset/antes-de-reiniciar");
			assertThat(Rdf.ask(written, "ASK { <" + BASE + "/dataset/antes-de-reiniciar> dct:title \"Escrito antes de reiniciar\"@es }")).isTrue();
			assertThat(datasetsInCatalog(root)).isEqualTo(21);

			HttpResponse<String> wrongToken = send(HttpRequest.newBuilder(URI.create(root + "/api/v1/datasets/otro"))
				.header("Authorization", "Bearer not-" + token)
				.header("Content-Type", "text/turtle")
				.PUT(BodyPublishers.ofString(Fixtures.dataset("t"))));
			assertThat(wrongToken.statusCode()).isEqualTo(401);
		}

		try (ConfigurableApplicationContext app = start()) {
			String root = root(app);
			assertThat(Files.readString(tokenFile).strip()).isEqualTo(token);
			assertThat(datasetsInCatalog(root)).as("the demo catalog is not loaded a second time").isEqualTo(21);
			assertThat(turtle(root + "/dataset/antes-de-reiniciar").isIsomorphicWith(written)).isTrue();
			HttpResponse<String> history = send(HttpRequest.newBuilder(URI.create(root + "/api/v1/datasets/presupuesto-egresos-2025/history"))
				.header("Authorization", "Bearer " + token)
				.GET());
			assertThat(history.statusCode()).as("the stored token still works").isEqualTo(200);
			assertThat(JsonMapper.builder().build().readTree(history.body())).as("one history entry: loaded once").hasSize(1);
		}
	}

	@Test
	void overSizeBodiesAre413OverRealHttpWithOrWithoutContentLength() throws Exception {
		try (ConfigurableApplicationContext app = start("--registry.demo-data=false", "--registry.security.admin-token=t0ken-for-413")) {
			String root = root(app);
			int size = 20 * 1024 * 1024;
			BodyPublisher known = BodyPublishers.ofByteArray(comment(size));
			BodyPublisher streamed = BodyPublishers.ofInputStream(() -> new RepeatingComment(size));
			for (BodyPublisher body : new BodyPublisher[] { known, streamed }) {
				HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + "/api/v1/datasets/demasiado-grande"))
					.header("Authorization", "Bearer t0ken-for-413")
					.header("Content-Type", "text/turtle")
					.PUT(body));
				assertThat(r.statusCode()).isEqualTo(413);
				assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).startsWith("application/problem+json"));
			}
			HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(root + "/dataset/demasiado-grande")).GET());
			assertThat(page.statusCode()).isEqualTo(404);
		}
	}

	private ConfigurableApplicationContext start(String... extra) {
		String[] args = new String[extra.length + 4];
		args[0] = "--server.port=0";
		args[1] = "--server.address=127.0.0.1";
		args[2] = "--registry.data-dir=" + dataDir;
		args[3] = "--registry.base-uri=" + BASE;
		System.arraycopy(extra, 0, args, 4, extra.length);
		return new SpringApplicationBuilder(RegistroApplication.class).run(args);
	}

	private static String root(ConfigurableApplicationContext app) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private long datasetsInCatalog(String root) throws Exception {
		Graph catalog = turtle(root + "/catalog");
		return catalog.find(null, org.apache.jena.vocabulary.DCAT.dataset.asNode(), null).toList().size();
	}

	private Graph turtle(String url) throws Exception {
		HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").GET().build(),
				BodyHandlers.ofByteArray());
		assertThat(r.statusCode()).isEqualTo(200);
		return Rdf.parse(r.body(), Lang.TURTLE, BASE + "/");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static byte[] comment(int size) {
		byte[] bytes = new byte[size];
		java.util.Arrays.fill(bytes, (byte) 'x');
		bytes[0] = '#';
		return bytes;
	}

	/** A Turtle comment of the given size, produced as it is read (so the client sends it chunked). */
	private static final class RepeatingComment extends InputStream {

		private int left;

		private boolean first = true;

		RepeatingComment(int size) {
			this.left = size;
		}

		@Override
		public int read() {
			if (left == 0) {
				return -1;
			}
			left--;
			if (first) {
				first = false;
				return '#';
			}
			return 'x';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (left == 0) {
				return -1;
			}
			int n = Math.min(len, left);
			java.util.Arrays.fill(b, off, off + n, (byte) 'x');
			if (first) {
				b[off] = '#';
				first = false;
			}
			left -= n;
			return n;
		}

	}

}
