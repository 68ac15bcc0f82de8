package org.registro.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium driven by Selenium, as a JUnit extension: Debian's {@code chromium} through
 * Debian's {@code chromedriver}, both named by path so that Selenium Manager never runs (it would
 * try to download a driver). Register it on a field:
 * <pre>{@code @RegisterExtension final Browser browser = Browser.spanish();}</pre>
 * An instance field gives each test a fresh browser; a static field shares one per class. Tests
 * are skipped, with a message, where Chromium or its driver is not installed. On a
 * {@code @SpringBootTest(RANDOM_PORT)} class, {@link #open} resolves paths against the server.
 * A failing test leaves a screenshot of the page in {@code target/screenshots/failed-*.png}.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final Pattern SCREENSHOT_NAME = Pattern.compile("[A-Za-z0-9._-]+");

	/*
	 * Selenium warns at every start that it has no typed DevTools classes for this Chromium
	 * version. Nothing here needs them (screenshots use chromedriver's own CDP command), so the
	 * warning is noise in CI logs. Held in fields because JUL keeps loggers weakly.
	 */
	private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
		.map(Logger::getLogger)
		.peek((l) -> l.setLevel(Level.SEVERE))
		.toList();

	private final String language;

	private boolean perClass;

	private String base;

	private ChromeDriver driver;

	private Path profile;

	private Browser(String language) {
		this.language = language;
	}

	/** Accept-Language {@code es} (the registry's default language, but said explicitly). */
	public static Browser spanish() {
		return withLanguage("es");
	}

	public static Browser english() {
		return withLanguage("en");
	}

	/** A browser whose UI language and {@code Accept-Language} are {@code tag} (e.g. {@code es}). */
	public static Browser withLanguage(String tag) {
		return new Browser(tag);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		perClass = true;
		requireInstalled();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		requireInstalled();
		if (base == null) {
			base = serverBase(context);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (driver != null && context.getExecutionException().isPresent()) {
			screenshotOfFailure(context);
		}
		if (!perClass) {
			quit();
		}
	}

	/** What the page showed when the test failed, for CI logs: {@code failed-{Class}-{method}.png}. */
	private void screenshotOfFailure(ExtensionContext context) {
		try {
			screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
		}
		catch (RuntimeException ex) {
			// The test's own failure is the one to report.
			context.getExecutionException().get().addSuppressed(ex);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		quit();
	}

	private static void requireInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Skipped: browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
						+ " (Debian packages chromium and chromium-driver; .ci/run installs them).");
	}

	/** {@code http://127.0.0.1:{port}} of a Spring Boot test's server, or null outside one. */
	private static String serverBase(ExtensionContext context) {
		if (!AnnotatedElementUtils.hasAnnotation(context.getRequiredTestClass(), SpringBootTest.class)) {
			return null;
		}
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		return port == null ? null : "http://127.0.0.1:" + port;
	}

	/** The WebDriver, started on first use. */
	public WebDriver driver() {
		if (driver == null) {
			driver = start();
		}
		return driver;
	}

	private ChromeDriver start() {
		try {
			profile = Files.createTempDirectory("registro-browser");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--window-size=1280,1024", "--user-data-dir=" + profile, "--lang=" + language,
				"--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions");
		if (runningAsRoot()) {
			// Chromium refuses to start its sandbox as root; a normal user keeps the sandbox.
			options.addArguments("--no-sandbox");
		}
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(new File("target/chromedriver.log"))
			.withAppendLog(true)
			.build();
		ChromeDriver started = new ChromeDriver(service, options);
		started.manage().window().setSize(new Dimension(1280, 1024));
		return started;
	}

	private static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** Opens an absolute URL, or a path on the test's server; waits until the page has loaded. */
	public void open(String pathOrUrl) {
		String url = pathOrUrl;
		if (pathOrUrl.startsWith("/")) {
			if (base == null) {
				throw new IllegalStateException("No server to resolve " + pathOrUrl + " against: not a @SpringBootTest(RANDOM_PORT) class");
			}
			url = base + pathOrUrl;
		}
		driver().get(url);
		waitForPageLoad();
	}

	/** The visible element {@code by} finds, once there is one. */
	public WebElement waitFor(By by) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** The visible elements {@code by} finds, once there is at least one. */
	public List<WebElement> waitForAll(By by) {
		return waitUntil(ExpectedConditions.visibilityOfAllElementsLocatedBy(by));
	}

	/** Waits until the element {@code by} finds shows {@code text}. */
	public void waitForText(By by, String text) {
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	/** Waits until the condition holds (or fails the test after the timeout) and returns its value. */
	public <T> T waitUntil(ExpectedCondition<T> condition) {
		return new WebDriverWait(driver(), TIMEOUT).until(condition);
	}

	/** Clicks an element that navigates, and waits for the next page to have loaded. */
	public void clickAndWaitForPage(WebElement element) {
		WebElement html = driver().findElement(By.tagName("html"));
		element.click();
		waitUntil((d) -> isGone(html));
		waitForPageLoad();
	}

	/**
	 * Whether an element's document was replaced. Chromium sometimes answers for a node of the old
	 * document with "does not belong to the document" instead of a stale-element error.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	private void waitForPageLoad() {
		waitUntil((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Writes {@code target/screenshots/{name}.png}: the whole page, beyond the window, through the
	 * DevTools protocol (the WebDriver screenshot only covers the window).
	 */
	public Path screenshot(String name) {
		if (!SCREENSHOT_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Screenshot names are letters, digits, '.', '_' and '-': " + name);
		}
		Map<String, Object> metrics = ((ChromeDriver) driver()).executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", content.get("width"), "height", content.get("height"), "scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void quit() {
		if (driver != null) {
			try {
				driver.quit();
			}
			finally {
				driver = null;
				deleteProfile();
			}
		}
	}

	private void deleteProfile() {
		try {
			FileSystemUtils.deleteRecursively(profile);
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless; the test result stands.
		}
		profile = null;
	}

}
