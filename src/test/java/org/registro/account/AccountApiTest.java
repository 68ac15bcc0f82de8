package org.registro.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin JSON API: users, members, tokens; its 400/401/403/404/409 cases. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountApiTest extends RegistryTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountStore store;

	@Test
	void createsUsersAndNeverShowsTheirSecrets() throws Exception {
		mvc.perform(admin(post("/api/v1/users"), "{\"username\":\"api-ana\",\"password\":\"contraseña-larga\",\"name\":\"Ana\",\"email\":\"ana@example.org\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/users/api-ana"))
			.andExpect(jsonPath("$.username").value("api-ana"))
			.andExpect(jsonPath("$.hasPassword").value(true))
			.andExpect(jsonPath("$.invitation").doesNotExist());
		String list = mvc.perform(admin(get("/api/v1/users"), null)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("api-ana").doesNotContain("contraseña-larga").doesNotContain("bcrypt").doesNotContain("passwordHash");
		mvc.perform(admin(get("/api/v1/users/api-ana"), null)).andExpect(status().isOk()).andExpect(jsonPath("$.email").value("ana@example.org"));
		mvc.perform(admin(get("/api/v1/users/api-nadie"), null)).andExpect(status().isNotFound());
	}

	@Test
	void withoutPasswordTheAnswerCarriesAnInvitationLink() throws Exception {
		JsonNode body = json(mvc.perform(admin(post("/api/v1/users"), "{\"username\":\"api-invitada\",\"name\":\"Invitada\",\"email\":\"inv@example.org\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.hasPassword").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(body.get("invitation").asString()).startsWith(BASE + "/account/invitation/");
		assertThat(body.get("invitationExpires").asString()).isNotBlank();
	}

	@Test
	void refusesBadFieldsDuplicatesAndBrokenJsonAndStoresNothing() throws Exception {
		String ok = "{\"username\":\"api-dup\",\"password\":\"contraseña-larga\",\"name\":\"D\",\"email\":\"d@example.org\"}";
		mvc.perform(admin(post("/api/v1/users"), ok)).andExpect(status().isCreated());
		mvc.perform(admin(post("/api/v1/users"), ok.replace("\"D\"", "\"Otro\""))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://w3id.org/registro/problems/conflict"));
		assertThat(store.account("api-dup").orElseThrow().name()).isEqualTo("D");
		mvc.perform(admin(post("/api/v1/users"), ok.replace("api-dup", "API Mal"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("username")));
		mvc.perform(admin(post("/api/v1/users"), ok.replace("api-dup", "api-corta").replace("contraseña-larga", "corta"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("at least 10")));
		mvc.perform(admin(post("/api/v1/users"), ok.replace("api-dup", "api-correo").replace("d@example.org", "no-es-correo"))).andExpect(status().isBadRequest());
		mvc.perform(admin(post("/api/v1/users"), ok.replace("api-dup", "admin"))).andExpect(status().isBadRequest());
		mvc.perform(admin(post("/api/v1/users"), "{roto")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://w3id.org/registro/problems/bad-request"));
		assertThat(store.account("api-corta")).isEmpty();
		assertThat(store.account("api-correo")).isEmpty();
		assertThat(store.account("admin")).isEmpty();
	}

	@Test
	void membersNeedAnExistingPublisherAnAccountAndAKnownRole() throws Exception {
		mvc.perform(admin(post("/api/v1/users"), "{\"username\":\"api-miembro\",\"password\":\"contraseña-larga\",\"name\":\"M\",\"email\":\"m@example.org\"}"))
			.andExpect(status().isCreated());
		mvc.perform(admin(put("/api/v1/publishers/no-existe/members/api-miembro"), "{\"role\":\"editor\"}")).andExpect(status().isNotFound());
		mvc.perform(admin(put("/api/v1/publishers/agua/members/api-nadie"), "{\"role\":\"editor\"}")).andExpect(status().isNotFound());
		mvc.perform(admin(put("/api/v1/publishers/agua/members/api-miembro"), "{\"role\":\"jefe\"}")).andExpect(status().isBadRequest());
		assertThat(store.memberships("api-miembro")).isEmpty();
		mvc.perform(admin(put("/api/v1/publishers/agua/members/api-miembro"), "{\"role\":\"editor\"}")).andExpect(status().isCreated());
		mvc.perform(admin(put("/api/v1/publishers/agua/members/api-miembro"), "{\"role\":\"admin\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("admin"));
		mvc.perform(admin(get("/api/v1/publishers/agua/members"), null)).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'api-miembro')].role").value("admin"));
		mvc.perform(admin(delete("/api/v1/publishers/agua/members/api-miembro"), null)).andExpect(status().isNoContent());
		mvc.perform(admin(delete("/api/v1/publishers/agua/members/api-miembro"), null)).andExpect(status().isNotFound());
		assertThat(store.memberships("api-miembro")).isEmpty();
	}

	@Test
	void aRevokedTokenGets401AtOnceAndListsNeverShowTheToken() throws Exception {
		mvc.perform(admin(post("/api/v1/users"), "{\"username\":\"api-tok\",\"password\":\"contraseña-larga\",\"name\":\"T\",\"email\":\"t@example.org\"}"))
			.andExpect(status().isCreated());
		JsonNode issued = json(mvc.perform(admin(post("/api/v1/users/api-tok/tokens"), "{\"label\":\"CI\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String token = issued.get("token").asString();
		String id = issued.get("id").asString();
		assertThat(token).startsWith("reg_").hasSize(4 + 43);
		String list = mvc.perform(bearer(get("/api/v1/users/api-tok/tokens"), token)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].label").value("CI"))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(token).doesNotContain(token.substring(4));
		mvc.perform(bearer(delete("/api/v1/tokens/" + id), token)).andExpect(status().isNoContent());
		mvc.perform(bearer(get("/api/v1/users/api-tok/tokens"), token)).andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.containsString("invalid_token")));
		mvc.perform(admin(delete("/api/v1/tokens/" + id), null)).andExpect(status().isNotFound());
	}

	@Test
	void aDisabledAccountsTokenGets401() throws Exception {
		mvc.perform(admin(post("/api/v1/users"), "{\"username\":\"api-baja\",\"password\":\"contraseña-larga\",\"name\":\"B\",\"email\":\"b@example.org\"}"))
			.andExpect(status().isCreated());
		String token = json(mvc.perform(admin(post("/api/v1/users/api-baja/tokens"), "{\"label\":\"x\"}")).andReturn().getResponse().getContentAsString())
			.get("token").asString();
		mvc.perform(bearer(get("/api/v1/users/api-baja"), token)).andExpect(status().isOk());
		mvc.perform(admin(put("/api/v1/users/api-baja/roles"), "{\"enabled\":false}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(bearer(get("/api/v1/users/api-baja"), token)).andExpect(status().isUnauthorized());
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder b, String body) {
		return bearer(body == null ? b : b.contentType(MediaType.APPLICATION_JSON).content(body), TOKEN);
	}

	private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder b, String token) {
		return b.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	private static JsonNode json(String s) {
		return JSON.readTree(s);
	}

}
