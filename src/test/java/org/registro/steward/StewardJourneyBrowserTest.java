package org.registro.steward;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.registro.support.Browser;
import org.registro.support.RegistryTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The journey in two real browsers (headless Chromium), in Spanish: a steward of the health
 * agency creates a dataset with two distributions, sees the message next to the empty title,
 * fixes it and submits; the coordinator publishes; the public page shows it; the steward edits it
 * and the history shows the change. Screenshots of each main page go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StewardJourneyBrowserTest extends RegistryTest {

	private static final String TITLE = "Casos de dengue por semana epidemiológica";

	@RegisterExtension
	final Browser steward = Browser.spanish();

	@RegisterExtension
	final Browser coordinator = Browser.spanish();

	@Test
	void aStewardAndTheCoordinatorTakeADatasetFromNothingToPublished() {
		logIn(steward, "editor-salud", "demo-editor-salud");
		assertThat(steward.waitFor(By.tagName("h1")).getText()).isEqualTo("Mi panel");
		steward.screenshot("steward-dashboard");

		steward.clickAndWaitForPage(steward.waitFor(By.linkText("Nuevo conjunto de datos")));
		WebDriver s = steward.driver();
		assertThat(new Select(s.findElement(By.name("publisher[0]"))).getFirstSelectedOption().getText())
			.as("the steward's only organization is chosen for them").startsWith("Secretaría de Salud");
		s.findElement(By.name("description.es[0]")).sendKeys("Casos confirmados de dengue por municipio y semana.");
		addDistribution(s, 0, "https://datos.salud.example.org/dengue/2026.csv", "CSV 2026");
		addDistribution(s, 1, "https://datos.salud.example.org/dengue/2026.json", "JSON 2026");
		chooseFormat(s, 0, "csv", "CSV");
		steward.clickAndWaitForPage(s.findElement(By.name("_save")));

		WebElement titleField = steward.waitFor(By.cssSelector("[data-field='title']"));
		assertThat(titleField.findElement(By.cssSelector(".problem.violation")).getText()).contains("necesita un título");
		assertThat(s.findElement(By.id("form-error")).getText()).contains("No se guardó");
		assertThat(s.findElement(By.name("description.es[0]")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("Casos confirmados de dengue por municipio y semana.");
		assertThat(s.findElement(By.name("distribution[1].accessURL[0]")).getAttribute("value"))
			.isEqualTo("https://datos.salud.example.org/dengue/2026.json");
		steward.screenshot("steward-form-title-missing");

		s.findElement(By.name("title.es[0]")).sendKeys(TITLE);
		steward.clickAndWaitForPage(s.findElement(By.name("_submit")));
		assertThat(steward.waitFor(By.cssSelector(".notice")).getText()).isEqualTo("Guardado y enviado a revisión.");
		assertThat(s.findElement(By.cssSelector("dl.facts .status")).getText()).isEqualTo("En revisión");
		String recordPage = s.getCurrentUrl();
		String id = recordPage.substring(recordPage.lastIndexOf('/') + 1);
		assertThat(s.findElements(By.xpath("//button[normalize-space()='Publicar']"))).as("an editor cannot publish").isEmpty();
		steward.screenshot("steward-record-in-review");

		logIn(coordinator, "coordinadora", "demo-coordinadora");
		WebDriver c = coordinator.driver();
		WebElement waiting = coordinator.waitFor(By.xpath("//section[h2[normalize-space()='Esperan su revisión']]//a[normalize-space()='" + TITLE + "']"));
		coordinator.screenshot("coordinator-dashboard");
		coordinator.clickAndWaitForPage(waiting);
		coordinator.clickAndWaitForPage(coordinator.waitFor(By.xpath("//button[normalize-space()='Publicar']")));
		assertThat(coordinator.waitFor(By.cssSelector(".notice")).getText()).startsWith("Publicado");
		assertThat(c.findElement(By.cssSelector("dl.facts")).getText()).contains("Secretaría de Salud");
		assertThat(c.findElements(By.cssSelector("ul.warnings li"))).extracting(WebElement::getText)
			.as("advice about a distribution says which one").anyMatch((w) -> w.startsWith("JSON 2026:"));
		coordinator.screenshot("coordinator-published");

		coordinator.open("/dataset/" + id);
		assertThat(coordinator.waitFor(By.tagName("h1")).getText()).isEqualTo(TITLE);
		assertThat(c.findElements(By.cssSelector("section.distribution"))).hasSize(2);
		assertThat(c.findElement(By.tagName("main")).getText()).as("the format chosen from the list").contains("CSV");
		coordinator.screenshot("public-dataset");

		steward.open(recordPage);
		steward.clickAndWaitForPage(steward.waitFor(By.linkText("Editar")));
		WebElement title = s.findElement(By.name("title.es[0]"));
		assertThat(title.getAttribute("value")).isEqualTo(TITLE);
		title.clear();
		title.sendKeys(TITLE + " 2026");
		steward.clickAndWaitForPage(s.findElement(By.name("_save")));
		assertThat(steward.waitFor(By.cssSelector(".notice")).getText()).isEqualTo("Borrador guardado.");

		coordinator.open("/dataset/" + id);
		assertThat(coordinator.waitFor(By.tagName("h1")).getText()).as("the published version stays public").isEqualTo(TITLE);

		steward.clickAndWaitForPage(steward.waitFor(By.linkText("Historial")));
		WebElement latest = steward.waitFor(By.cssSelector("ol.history li.change"));
		assertThat(latest.findElement(By.tagName("h2")).getText()).startsWith("Editado");
		assertThat(latest.getText()).contains("editor-salud");
		WebElement titleRow = latest.findElement(By.xpath(".//tr[th[contains(., 'Título')]]"));
		assertThat(titleRow.findElement(By.tagName("del")).getText()).contains(TITLE);
		assertThat(titleRow.findElement(By.tagName("ins")).getText()).contains(TITLE + " 2026");
		assertThat(s.findElements(By.cssSelector("ol.history li.change h2"))).extracting(WebElement::getText)
			.map((t) -> t.substring(0, t.indexOf(" ·")))
			.containsExactly("Editado", "Publicado", "Enviado a revisión", "Creado");
		String created = s.findElements(By.cssSelector("ol.history li.change")).getLast().getText();
		assertThat(created).as("the publisher by its name, no RDF in sight").contains("Secretaría de Salud").doesNotContain("rdf:type");
		steward.screenshot("steward-history");
	}

	private static void logIn(Browser browser, String username, String password) {
		browser.open("/login");
		WebDriver d = browser.driver();
		browser.waitFor(By.id("username")).sendKeys(username);
		d.findElement(By.id("password")).sendKeys(password);
		browser.clickAndWaitForPage(d.findElement(By.cssSelector("main form button[type='submit']")));
		browser.waitUntil(ExpectedConditions.urlContains("/manage"));
	}

	/** Types into the filter box of the long format list (search as you type), then picks from what is left. */
	private void chooseFormat(WebDriver d, int n, String typed, String label) {
		WebElement select = d.findElement(By.name("distribution[" + n + "].format[0]"));
		WebElement filter = select.findElement(By.xpath("preceding-sibling::input[contains(@class, 'form-filter')]"));
		int all = new Select(select).getOptions().size();
		filter.sendKeys(typed);
		// Selenium counts every option of a visible list as displayed: read the property the script sets.
		long shown = new Select(select).getOptions().stream().filter((o) -> !"true".equals(o.getDomProperty("hidden"))).count();
		assertThat(shown).as("the filter leaves only matching formats").isLessThan(all).isPositive();
		new Select(select).selectByVisibleText(label);
	}

	/** Adds the n-th distribution with the "add" button (a round trip for the first, the script after). */
	private void addDistribution(WebDriver d, int n, String url, String title) {
		WebElement add = d.findElement(By.cssSelector("button[name='_add'][value='distribution']"));
		if (n == 0) {
			steward.clickAndWaitForPage(add);
		}
		else {
			add.click();
		}
		steward.waitFor(By.name("distribution[" + n + "].accessURL[0]")).sendKeys(url);
		// The title is an optional field: its section starts folded.
		WebElement optional = d.findElement(By.cssSelector("[data-item='distribution[" + n + "]'] details"));
		if (optional.getAttribute("open") == null) {
			optional.findElement(By.tagName("summary")).click();
		}
		steward.waitUntil(ExpectedConditions.elementToBeClickable(By.name("distribution[" + n + "].title.es[0]"))).sendKeys(title);
	}

}
