package org.registro.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.registro.harvest.SourceServer.Answer;
import org.registro.support.Browser;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The "done when", in a real browser and in Spanish: the coordinator adds the three real
 * sources through the form, runs each, reads a report that says what was taken and what was
 * repaired, runs each again and sees only "unchanged". Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HarvestJourneyBrowserTest extends HarvestTest {

	private static final Path DIR = Path.of("../shared/testdata/real-catalogs");

	@RegisterExtension
	final Browser coordinator = Browser.spanish();

	SourceServer server;

	@BeforeEach
	void serve() throws Exception {
		assumeTrue(Files.isDirectory(DIR), "skipped: " + DIR.toAbsolutePath().normalize() + " is absent (../shared/testdata is not next to this clone)");
		server = new SourceServer();
		server.serve("/ua/catalog.rdf", new Answer(200, "application/rdf+xml", Files.readAllBytes(DIR.resolve("dcat-es-universidad-alicante-catalog.rdf"))));
		server.serve("/ar/data.json", new Answer(200, "application/json", Files.readAllBytes(DIR.resolve("datajson-ar-datos-gob-ar-2017-06.json"))));
		ObjectMapper json = new ObjectMapper();
		ObjectNode ckan = (ObjectNode) json.readTree(Files.readAllBytes(DIR.resolve("ckan-uk-birmingham-package_search.json")));
		// The export is the first page of 38; served as the whole site, its count must say what it holds.
		((ObjectNode) ckan.get("result")).put("count", ckan.get("result").get("results").size());
		server.serve("/bham/api/3/action/package_search", new Answer(200, "application/json", json.writeValueAsBytes(ckan)));
	}

	@AfterEach
	void stop() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void aCoordinatorHarvestsTheThreeRealCatalogsAndTheSecondRunsChangeNothing() {
		logIn();
		String ua = addSource("Universidad de Alicante", server.url("/ua/catalog.rdf"), "DCAT RDF", "Secretaría de Educación");
		String ar = addSource("datos.gob.ar", server.url("/ar/data.json"), "data.json", "Tomar el publicador del origen");
		String bham = addSource("Birmingham", server.url("/bham"), "API de CKAN", "Tomar el publicador del origen");

		WebDriver d = coordinator.driver();
		harvest(ua);
		assertThat(count("created")).isEqualTo(258);
		assertThat(count("rejected")).isZero();
		// Every record says what was repaired on the way (literal URLs, language codes, sector themes).
		assertThat(d.findElement(By.id("h-entries")).findElement(By.xpath("..")).getText()).contains("dcat:accessURL");
		coordinator.screenshot("harvest-first-run-alicante");
		harvest(ar);
		assertThat(count("created")).isEqualTo(70);
		harvest(bham);
		assertThat(count("created")).isEqualTo(10);

		for (String[] s : new String[][] { { ua, "258" }, { ar, "70" }, { bham, "10" } }) {
			harvest(s[0]);
			assertThat(count("unchanged")).as(s[0]).isEqualTo(Integer.parseInt(s[1]));
			for (String other : new String[] { "created", "updated", "withdrawn", "rejected", "drafted" }) {
				assertThat(count(other)).as(s[0] + " " + other).isZero();
			}
		}
		coordinator.screenshot("harvest-second-run-unchanged");

		coordinator.open("/manage/harvest");
		assertThat(coordinator.waitFor(By.tagName("main")).getText()).contains("Universidad de Alicante", "datos.gob.ar", "Birmingham");
		coordinator.screenshot("harvest-sources");
	}

	private void logIn() {
		coordinator.open("/login");
		WebDriver d = coordinator.driver();
		coordinator.waitFor(By.id("username")).sendKeys("coordinadora");
		d.findElement(By.id("password")).sendKeys("demo-coordinadora");
		coordinator.clickAndWaitForPage(d.findElement(By.cssSelector("main form button[type='submit']")));
		coordinator.waitUntil(ExpectedConditions.urlContains("/manage"));
	}

	/** Adds a source through the form; its page's path. */
	private String addSource(String title, String url, String type, String publisher) {
		coordinator.open("/manage/harvest");
		coordinator.clickAndWaitForPage(coordinator.waitFor(By.linkText("Añadir una fuente")));
		WebDriver d = coordinator.driver();
		d.findElement(By.name("title")).sendKeys(title);
		d.findElement(By.name("url")).sendKeys(url);
		new Select(d.findElement(By.name("type"))).selectByVisibleText(type);
		Select publishers = new Select(d.findElement(By.name("publisher")));
		publishers.getOptions().stream().filter((o) -> o.getText().startsWith(publisher)).findFirst().orElseThrow().click();
		coordinator.clickAndWaitForPage(d.findElement(By.cssSelector("form.source-form button[type='submit']")));
		coordinator.waitForText(By.tagName("h1"), title);
		return d.getCurrentUrl();
	}

	/** Runs the source from its page and waits on the report page (it refreshes itself) until the job ends. */
	private void harvest(String sourcePage) {
		coordinator.open(sourcePage);
		coordinator.clickAndWaitForPage(coordinator.waitFor(By.xpath("//button[normalize-space()='Cosechar ahora']")));
		coordinator.waitUntil((driver) -> {
			try {
				String status = driver.findElement(By.cssSelector("dl.facts dd")).getText();
				return status.contains("Terminada") || status.contains("Fallida");
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				return false; // the page was refreshing
			}
		});
		assertThat(coordinator.driver().findElement(By.cssSelector("dl.facts dd")).getText()).contains("Terminada");
	}

	private int count(String outcome) {
		WebElement cell = coordinator.driver().findElement(By.cssSelector("table.counts tr[data-outcome='" + outcome + "'] td"));
		return Integer.parseInt(cell.getText().strip());
	}

}
