package org.registro.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.support.Http;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The query page in a real browser (headless Chromium, which {@code .ci/run} installs): every
 * example query runs from the page and its results appear in the table, with only what the
 * registry itself serves (this machine has no internet, as a government intranet may not).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryPageBrowserTest extends RegistryTest {

	private static final Pattern TABLE_BODY = Pattern.compile("<table[^>]*dataTable[^>]*>.*?<tbody>(.*?)</tbody>", Pattern.DOTALL);

	private static Path chromium;

	@LocalServerPort
	int port;

	@Autowired
	ExampleQueries examples;

	@TempDir
	Path profile;

	@BeforeAll
	static void findChromium() {
		chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(chromium != null,
				"Skipped: no Chromium at /usr/bin/chromium. `.ci/run` installs it (apt-get install chromium).");
	}

	/** The page's DOM after its scripts ran and the query answered. */
	private String render(String pathAndQuery) throws IOException, InterruptedException {
		Path out = Files.createTempFile(profile, "dom", ".html");
		Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile.resolve("profile"), "--virtual-time-budget=15000", "--dump-dom",
				"http://127.0.0.1:" + port + pathAndQuery)
			.redirectOutput(out.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
		return Files.readString(out, StandardCharsets.UTF_8);
	}

	private static Optional<String> tableBody(String dom) {
		Matcher m = TABLE_BODY.matcher(dom);
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	@Test
	void everyExampleRunsInTheBrowserAndFillsTheResultTable() throws Exception {
		for (ExampleQueries.Example e : examples.all()) {
			String dom = render("/sparql?example=" + e.id());
			assertThat(dom).as(e.id() + ": no error shown").doesNotContain("errorResult");
			String rows = tableBody(dom).orElseThrow(() -> new AssertionError(e.id() + ": no result table in " + dom));
			assertThat(rows).as(e.id()).contains("<tr").doesNotContain("dataTables_empty");
			assertThat(dom).as(e.id() + ": download links").contains("format=csv");
		}
	}

	@Test
	void aBadQueryShowsTheParsersMessage() throws Exception {
		String dom = render("/sparql?query=SELEC%20*%20WHERE%20%7B%7D");
		assertThat(dom).contains("errorResult").contains("line 1, column");
	}

	@Test
	void thePageLoadsNothingFromElsewhere() {
		String html = new Http(port).get("/sparql", "Accept", "text/html").body();
		List<String> references = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html).results().map((m) -> m.group(1)).toList();
		assertThat(references).isNotEmpty();
		assertThat(references).as("scripts and stylesheets are served by the registry")
			.filteredOn((r) -> r.endsWith(".js") || r.endsWith(".css"))
			.allMatch((r) -> r.startsWith("/"));
	}

}
