package org.registro.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.registro.account.AccountService;
import org.registro.account.MemberService;
import org.registro.account.TokenService;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.support.Fixtures;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every actor against every action of the API, with the status each must get, and for every
 * refusal a check that nothing was stored. Organization A is the demo publisher {@code salud},
 * B is {@code finanzas}; {@code registry.workflow.admins-publish} is false.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest extends RegistryTest {

	private static final String A = "salud";

	private static final String B = "finanzas";

	enum Action {
		PUT_DRAFT_A, PUT_PUBLISHED_A, PUT_REVIEW_A, DELETE_A, GET_DRAFT_A, GET_HISTORY_A, PUT_B, MOVE_A_TO_B, CREATE_PUBLISHER,
		ADD_MEMBER_A, GRANT_COORDINATOR, TOKEN_SELF, TOKEN_OTHER
	}

	/** Expected statuses, one column per {@link Action} in order. */
	private static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

	static {
		EXPECTED.put("anonymous", new int[] { 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401 });
		EXPECTED.put("member-a", new int[] { 403, 403, 403, 403, 200, 200, 403, 403, 403, 403, 403, 201, 403 });
		EXPECTED.put("editor-a", new int[] { 201, 403, 201, 403, 200, 200, 403, 403, 403, 403, 403, 201, 403 });
		EXPECTED.put("admin-a", new int[] { 201, 403, 201, 403, 200, 200, 403, 403, 403, 201, 403, 201, 403 });
		EXPECTED.put("editor-b", new int[] { 403, 403, 403, 403, 403, 403, 201, 403, 403, 403, 403, 201, 403 });
		EXPECTED.put("coordinator", new int[] { 201, 201, 201, 204, 200, 200, 201, 200, 201, 201, 403, 201, 403 });
		EXPECTED.put("sysadmin", new int[] { 201, 201, 201, 204, 200, 200, 201, 200, 201, 201, 200, 201, 201 });
		// The admin token is no account, so it has no tokens of its own.
		EXPECTED.put("admin-token", new int[] { 201, 201, 201, 204, 200, 200, 201, 200, 201, 201, 200, 404, 201 });
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordService records;

	@Autowired
	AccountService accounts;

	@Autowired
	MemberService members;

	@Autowired
	TokenService tokens;

	/** Actor name to bearer token (none for anonymous). */
	private final Map<String, String> bearer = new LinkedHashMap<>();

	@BeforeAll
	void people() {
		bearer.put("admin-token", TOKEN);
		person("member-a", A, org.registro.security.OrgRole.MEMBER);
		person("editor-a", A, OrgRole.EDITOR);
		person("admin-a", A, OrgRole.ADMIN);
		person("editor-b", B, OrgRole.EDITOR);
		person("coordinator", null, null);
		accounts.setFlags("pm-coordinator", null, null, true);
		person("sysadmin", null, null);
		accounts.setFlags("pm-sysadmin", null, true, null);
	}

	private void person(String actor, String publisher, OrgRole role) {
		String username = "pm-" + actor;
		accounts.create(username, "contraseña-segura", "Persona " + actor, username + "@example.org");
		if (publisher != null) {
			members.setRole(publisher, username, role);
		}
		bearer.put(actor, tokens.create(username, "matrix").secret());
	}

	static Stream<Arguments> cases() {
		List<Arguments> all = new ArrayList<>();
		EXPECTED.forEach((actor, statuses) -> {
			for (Action action : Action.values()) {
				all.add(Arguments.of(actor, action, statuses[action.ordinal()]));
			}
		});
		return all.stream();
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@MethodSource("cases")
	void actorGetsExpectedStatusAndRefusalsStoreNothing(String actor, Action action, int expected) throws Exception {
		String key = "pm-" + actor + "-" + action.ordinal();
		RecordRef dataset = new RecordRef(RecordKind.DATASET, key);
		String target = "pm-t-" + actor + "-" + action.ordinal();
		String self = actor.equals("admin-token") ? "admin" : "pm-" + actor;
		switch (action) {
			case DELETE_A -> admin(dataset, A, "published");
			case GET_DRAFT_A, GET_HISTORY_A, MOVE_A_TO_B -> admin(dataset, A, "draft");
			case ADD_MEMBER_A, GRANT_COORDINATOR, TOKEN_OTHER -> accounts.create(target, null, "Objetivo", target + "@example.org");
			default -> {
			}
		}
		MockHttpServletRequestBuilder request = switch (action) {
			case PUT_DRAFT_A -> write(dataset, A, "draft");
			case PUT_PUBLISHED_A -> write(dataset, A, "published");
			case PUT_REVIEW_A -> write(dataset, A, "review");
			case DELETE_A -> delete("/api/v1/datasets/" + key);
			case GET_DRAFT_A -> get("/api/v1/datasets/" + key).accept("text/turtle");
			case GET_HISTORY_A -> get("/api/v1/datasets/" + key + "/history");
			case PUT_B -> write(dataset, B, "draft");
			case MOVE_A_TO_B -> write(dataset, B, "draft");
			case CREATE_PUBLISHER -> put("/api/v1/publishers/" + key).contentType("text/turtle").content(publisher(key));
			case ADD_MEMBER_A -> json(put("/api/v1/publishers/" + A + "/members/" + target), "{\"role\":\"member\"}");
			case GRANT_COORDINATOR -> json(put("/api/v1/users/" + target + "/roles"), "{\"coordinator\":true}");
			case TOKEN_SELF -> json(post("/api/v1/users/" + self + "/tokens"), "{\"label\":\"mío\"}");
			case TOKEN_OTHER -> json(post("/api/v1/users/" + target + "/tokens"), "{\"label\":\"ajeno\"}");
		};
		if (bearer.containsKey(actor)) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer.get(actor));
		}
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as("%s %s", actor, action).isEqualTo(expected);
		if (status >= 400) {
			assertNothingStored(action, dataset, target, self);
		}
	}

	private void assertNothingStored(Action action, RecordRef dataset, String target, String self) {
		switch (action) {
			case PUT_DRAFT_A, PUT_PUBLISHED_A, PUT_REVIEW_A, PUT_B -> assertThat(records.state(dataset)).isEmpty();
			case CREATE_PUBLISHER -> assertThat(records.state(new RecordRef(RecordKind.PUBLISHER, dataset.id()))).isEmpty();
			case DELETE_A -> assertThat(records.state(dataset).map(RecordState::status)).contains(RecordStatus.PUBLISHED);
			case MOVE_A_TO_B -> assertThat(records.state(dataset).map(RecordState::version)).contains(1L);
			case ADD_MEMBER_A -> assertThat(members.memberships(target)).isEmpty();
			case GRANT_COORDINATOR -> assertThat(accounts.get(target).coordinator()).isFalse();
			case TOKEN_OTHER -> assertThat(tokens.tokens(target)).isEmpty();
			case TOKEN_SELF -> assertThat(tokens.tokens(self)).allMatch((t) -> t.label().equals("matrix"));
			case GET_DRAFT_A, GET_HISTORY_A -> {
			}
		}
	}

	private void admin(RecordRef ref, String publisher, String status) throws Exception {
		int code = mvc.perform(write(ref, publisher, status).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(code).isEqualTo(201);
	}

	private static MockHttpServletRequestBuilder write(RecordRef ref, String publisher, String status) {
		String body = Fixtures.dataset("Matriz " + ref.id()).replace("/publisher/finanzas>", "/publisher/" + publisher + ">");
		return put("/api/v1/datasets/" + ref.id() + "?status=" + status).contentType("text/turtle").content(body);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
		return b.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String publisher(String id) {
		return """
				@prefix foaf: <http://xmlns.com/foaf/0.1/> .
				@prefix dct:  <http://purl.org/dc/terms/> .
				<> a foaf:Agent , foaf:Organization ;
				  foaf:name "Secretaría %s"@es ;
				  dct:type <http://purl.org/adms/publishertype/RegionalAuthority> ;
				  foaf:mbox <mailto:datos@example.org> ;
				  foaf:homepage <https://example.org/> .
				""".formatted(id);
	}

}
