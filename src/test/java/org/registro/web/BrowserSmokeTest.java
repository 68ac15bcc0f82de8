package org.registro.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.registro.support.Browser;
import org.registro.support.RegistryTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The public pages in a real browser (headless Chromium through Selenium): what a visitor whose
 * browser asks for Spanish sees, and that links lead where they say. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserSmokeTest extends RegistryTest {

	private static final String DEMO = "/dataset/presupuesto-egresos-2025";

	@RegisterExtension
	final Browser browser = Browser.spanish();

	@RegisterExtension
	final Browser english = Browser.english();

	@Test
	void theCatalogIsInSpanishAndItsLinksOpenTheDataset() {
		browser.open("/catalog");
		WebDriver d = browser.driver();
		assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertThat(browser.waitFor(By.tagName("h2")).getText()).isEqualTo("Conjuntos de datos");
		assertThat(d.findElement(By.cssSelector("main")).getText()).containsPattern("\\d+ conjuntos de datos publicados");
		assertThat(browser.screenshot("catalog")).isNotEmptyFile();

		WebElement first = browser.waitFor(By.cssSelector("main table tbody tr td a"));
		String title = first.getText();
		browser.clickAndWaitForPage(first);

		assertThat(d.getCurrentUrl()).contains("/dataset/");
		assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(d.findElement(By.cssSelector("main p.kind")).getText()).as("shown in capitals by the stylesheet").isEqualToIgnoringCase("Conjunto de datos");
	}

	@Test
	void aDatasetPageShowsSpanishLabelsAndLinksToItsPublisher() throws IOException {
		browser.open(DEMO);
		WebDriver d = browser.driver();
		assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Presupuesto de Egresos del Estado de Valle de Anáhuac 2025");
		String main = d.findElement(By.tagName("main")).getText();
		assertThat(main).contains("Palabras clave", "Temas", "Economía y finanzas", "Distribuciones").doesNotContain("Economy and finance");
		assertWholePage(browser.screenshot("dataset"));

		browser.clickAndWaitForPage(d.findElement(By.linkText("Secretaría de Finanzas del Estado de Valle de Anáhuac")));
		assertThat(d.getCurrentUrl()).endsWith("/publisher/finanzas");
		assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Secretaría de Finanzas del Estado de Valle de Anáhuac");
	}

	@Test
	void aBrowserThatAsksForEnglishGetsEnglish() {
		english.open(DEMO);
		assertThat(english.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(english.waitFor(By.tagName("h1")).getText()).isEqualTo("Expenditure Budget of the State of Valle de Anáhuac 2025");
		assertThat(english.driver().findElement(By.tagName("main")).getText()).contains("Economy and finance", "Distributions");
	}

	/** The screenshot is as tall as the page, not only the 1024-pixel window. */
	private void assertWholePage(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		long height = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollHeight");
		assertThat(height).as("the demo dataset's page is longer than the window").isGreaterThan(1024);
		assertThat(image.getHeight()).isEqualTo((int) height);
		assertThat(image.getWidth()).isBetween(1200, 1280);
	}

}
