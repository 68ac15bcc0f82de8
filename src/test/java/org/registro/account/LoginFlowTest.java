package org.registro.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Logging in over real HTTP with a browser's cookies: session fixation, throttling, invitations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginFlowTest extends RegistryTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountStore store;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theSessionIdChangesAtLogin() throws Exception {
		accounts.create("lf-fija", "contraseña-de-prueba", "Fija", "f@example.org");
		Browser b = new Browser();
		String csrf = b.csrf("/login");
		String before = b.session();
		assertThat(before).isNotNull();
		HttpResponse<String> login = b.post("/login", Map.of("username", "lf-fija", "password", "contraseña-de-prueba", "_csrf", csrf));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/manage");
		assertThat(b.session()).isNotNull().isNotEqualTo(before);
		assertThat(b.get("/account").statusCode()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie")).anyMatch((c) -> c.contains("HttpOnly") && c.contains("SameSite=Lax"));
	}

	@Test
	void theSixthAttemptIsRefusedEvenWithTheRightPassword() throws Exception {
		accounts.create("lf-lento", "contraseña-de-prueba", "Lento", "l@example.org");
		Browser b = new Browser();
		String csrf = b.csrf("/login");
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> wrong = b.post("/login", Map.of("username", "lf-lento", "password", "equivocada-" + i, "_csrf", csrf));
			assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		}
		HttpResponse<String> right = b.post("/login", Map.of("username", "lf-lento", "password", "contraseña-de-prueba", "_csrf", csrf));
		assertThat(right.statusCode()).isEqualTo(429);
		assertThat(right.headers().firstValue("Retry-After")).isPresent();
		assertThat(right.body()).contains("role=\"alert\"").contains("Demasiados intentos");
		assertThat(b.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void anInvitationSetsThePasswordOnceAndIsThenSpent() throws Exception {
		String secret = accounts.create("lf-invitada", null, "Invitada", "i@example.org").invitation();
		Browser b = new Browser();
		String page = "/account/invitation/" + secret;
		String csrf = b.csrf(page);
		HttpResponse<String> mismatch = b.post(page, Map.of("password", "contraseña-nueva", "confirm", "otra-cosa-distinta", "_csrf", csrf));
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(store.account("lf-invitada").orElseThrow().passwordHash()).isNull();
		HttpResponse<String> set = b.post(page, Map.of("password", "contraseña-nueva", "confirm", "contraseña-nueva", "_csrf", csrf));
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(encoder.matches("contraseña-nueva", store.account("lf-invitada").orElseThrow().passwordHash())).isTrue();

		assertThat(b.get(page).statusCode()).isEqualTo(404);
		HttpResponse<String> again = b.post(page, Map.of("password", "otra-contraseña", "confirm", "otra-contraseña", "_csrf", csrf));
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(encoder.matches("contraseña-nueva", store.account("lf-invitada").orElseThrow().passwordHash())).isTrue();

		Browser fresh = new Browser();
		String token = fresh.csrf("/login");
		HttpResponse<String> login = fresh.post("/login", Map.of("username", "lf-invitada", "password", "contraseña-nueva", "_csrf", token));
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/manage");
	}

	/** A cookie-keeping client that does not follow redirects. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
			String body = new LinkedHashMap<>(form).entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrf(String path) throws IOException, InterruptedException {
			Matcher m = CSRF.matcher(get(path).body());
			assertThat(m.find()).as("a CSRF field on %s", path).isTrue();
			return m.group(1);
		}

		String session() {
			return cookies.getCookieStore().getCookies().stream().filter((c) -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue)
				.findFirst().orElse(null);
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

	}

}
