package org.registro.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.registro.security.OrgRole;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The account pages through MockMvc: who sees what, CSRF on every form, and that refused forms change nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTest extends RegistryTest {

	private static final String PASSWORD = "contraseña-inicial";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	MemberService members;

	@Autowired
	AccountStore store;

	@Autowired
	PasswordEncoder encoder;

	private void person(String username) {
		if (store.account(username).isEmpty()) {
			accounts.create(username, PASSWORD, "Persona " + username, username + "@example.org");
		}
	}

	@Test
	void workingPagesRedirectAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/manage/publishers/salud/members")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"_csrf\"")))
			.andExpect(content().string(Matchers.containsString("<label for=\"username\"")));
		mvc.perform(get("/catalog")).andExpect(content().string(Matchers.containsString("href=\"/login\"")));
	}

	@Test
	void theHeaderShowsTheLoggedInPersonsLinksAndALogoutForm() throws Exception {
		person("pg-cabecera");
		String page = mvc.perform(get("/catalog").with(user("pg-cabecera"))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/manage\"", "href=\"/account\"", "action=\"/logout\"", "name=\"_csrf\"")
			.doesNotContain("href=\"/admin/users\"")
			.doesNotContain("href=\"/login\"");
		accounts.setFlags("pg-cabecera", null, null, true);
		assertThat(mvc.perform(get("/catalog").with(user("pg-cabecera"))).andReturn().getResponse().getContentAsString())
			.contains("href=\"/admin/users\"");
		accounts.setFlags("pg-cabecera", null, null, false);
	}

	@Test
	void changingThePasswordNeedsTheCsrfTokenAndTheCurrentPassword() throws Exception {
		person("pg-clave");
		mvc.perform(post("/account/password").with(user("pg-clave"))
			.param("current", PASSWORD).param("password", "nueva-contraseña").param("confirm", "nueva-contraseña"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/password").with(user("pg-clave")).with(csrf())
			.param("current", "no-es-esta-clave").param("password", "nueva-contraseña").param("confirm", "nueva-contraseña"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"current-error\"")))
			.andExpect(content().string(Matchers.containsString("aria-describedby=\"current-error\"")));
		mvc.perform(post("/account/password").with(user("pg-clave")).with(csrf())
			.param("current", PASSWORD).param("password", "nueva-contraseña").param("confirm", "otra-contraseña"))
			.andExpect(status().isBadRequest());
		assertThat(encoder.matches(PASSWORD, store.account("pg-clave").orElseThrow().passwordHash())).isTrue();
		mvc.perform(post("/account/password").with(user("pg-clave")).with(csrf())
			.param("current", PASSWORD).param("password", "nueva-contraseña").param("confirm", "nueva-contraseña"))
			.andExpect(status().is3xxRedirection());
		assertThat(encoder.matches("nueva-contraseña", store.account("pg-clave").orElseThrow().passwordHash())).isTrue();
	}

	@Test
	void logoutNeedsTheCsrfToken() throws Exception {
		person("pg-salida");
		mvc.perform(post("/logout").with(user("pg-salida"))).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user("pg-salida")).with(csrf())).andExpect(redirectedUrl("/catalog"));
	}

	@Test
	void organizationAdminsManageTheirMembersWithCsrfOnly() throws Exception {
		person("pg-jefa");
		person("pg-nuevo");
		members.setRole("movilidad", "pg-jefa", OrgRole.ADMIN);
		mvc.perform(post("/manage/publishers/movilidad/members").with(user("pg-jefa")).param("username", "pg-nuevo").param("role", "editor"))
			.andExpect(status().isForbidden());
		assertThat(store.memberships("pg-nuevo")).isEmpty();
		mvc.perform(get("/manage/publishers/movilidad/members").with(user("pg-jefa"))).andExpect(status().isOk());
		mvc.perform(get("/manage/publishers/salud/members").with(user("pg-jefa"))).andExpect(status().isForbidden());
		mvc.perform(get("/manage/publishers/no-existe/members").with(user("pg-jefa"))).andExpect(status().isNotFound());
		mvc.perform(post("/manage/publishers/movilidad/members").with(user("pg-jefa")).with(csrf()).param("username", "pg-nadie").param("role", "editor"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/manage/publishers/movilidad/members").with(user("pg-jefa")).with(csrf()).param("username", "pg-nuevo").param("role", "editor"))
			.andExpect(status().is3xxRedirection());
		assertThat(store.memberships("pg-nuevo")).containsExactly(new Membership("pg-nuevo", "movilidad", OrgRole.EDITOR));
		mvc.perform(post("/manage/publishers/movilidad/members/pg-nuevo/remove").with(user("pg-jefa")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(store.memberships("pg-nuevo")).isEmpty();
	}

	@Test
	void aTokenIsShownOnceAndOnlyItsOwnerRevokesIt() throws Exception {
		person("pg-token");
		person("pg-ajena");
		String page = mvc.perform(post("/account/tokens").with(user("pg-token")).with(csrf()).param("label", "Script"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsString();
		ApiToken token = store.tokens("pg-token").get(0);
		String secret = page.replaceAll("(?s).*value=\"(reg_[A-Za-z0-9_-]+)\".*", "$1");
		assertThat(Secrets.digest(secret)).isEqualTo(token.digest());
		assertThat(mvc.perform(get("/account").with(user("pg-token"))).andReturn().getResponse().getContentAsString())
			.contains("Script").doesNotContain(secret);
		mvc.perform(post("/account/tokens/" + token.id() + "/revoke").with(user("pg-ajena")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/account/tokens/" + token.id() + "/revoke").with(user("pg-token"))).andExpect(status().isForbidden());
		assertThat(store.token(token.id())).isPresent();
		mvc.perform(post("/account/tokens/" + token.id() + "/revoke").with(user("pg-token")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(store.token(token.id())).isEmpty();
	}

	@Test
	void onlySysadminsAndCoordinatorsManageUsersAndOnlySysadminsGrantRoles() throws Exception {
		person("pg-editor");
		person("pg-coord");
		person("pg-sys");
		accounts.setFlags("pg-coord", null, null, true);
		accounts.setFlags("pg-sys", null, true, null);
		mvc.perform(get("/admin/users").with(user("pg-editor"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(user("pg-coord"))).andExpect(status().isOk());
		mvc.perform(post("/admin/users/pg-editor").with(user("pg-coord")).with(csrf()).param("change", "grant-sysadmin"))
			.andExpect(status().isForbidden());
		assertThat(store.account("pg-editor").orElseThrow().sysadmin()).isFalse();
		mvc.perform(post("/admin/users/pg-editor").with(user("pg-sys")).with(csrf()).param("change", "grant-coordinator"))
			.andExpect(status().is3xxRedirection());
		assertThat(store.account("pg-editor").orElseThrow().coordinator()).isTrue();
		String created = mvc.perform(post("/admin/users").with(user("pg-coord")).with(csrf())
			.param("username", "pg-invitado").param("name", "Invitado").param("email", "inv@example.org"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(created).contains(BASE + "/account/invitation/");
		mvc.perform(post("/admin/users").with(user("pg-coord")).with(csrf())
			.param("username", "pg-invitado").param("name", "Otra").param("email", "otra@example.org"))
			.andExpect(status().isConflict());
		mvc.perform(post("/admin/users").with(user("pg-coord")).with(csrf())
			.param("username", "PG mal").param("name", "Otra").param("email", "otra@example.org"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("id=\"username-error\"")));
		mvc.perform(post("/admin/users/pg-invitado").with(user("pg-coord")).with(csrf()).param("change", "disable"))
			.andExpect(status().is3xxRedirection());
		assertThat(store.account("pg-invitado").orElseThrow().enabled()).isFalse();
	}

	@Test
	void theLanguageChosenWithLangIsRememberedInACookie() throws Exception {
		mvc.perform(get("/catalog").param("lang", "en"))
			.andExpect(header().string("Set-Cookie", Matchers.allOf(Matchers.containsString("lang=en"), Matchers.containsString("Max-Age=31536000"),
					Matchers.containsString("SameSite=Lax"))));
		mvc.perform(get("/login").cookie(new jakarta.servlet.http.Cookie("lang", "en")).header("Accept-Language", "es"))
			.andExpect(content().string(Matchers.containsString("<html lang=\"en\"")));
		mvc.perform(get("/login").header("Accept-Language", "es"))
			.andExpect(content().string(Matchers.containsString("<html lang=\"es\"")));
	}

}
