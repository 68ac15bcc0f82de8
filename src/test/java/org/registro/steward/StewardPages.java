package org.registro.steward;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the steward page tests share: sessions of the demo people logged in through the real login
 * form, records written for a test, and the forms of a page read the way a browser sends them.
 * Every test uses record ids of its own (the registry is shared by all Spring tests).
 */
abstract class StewardPages extends RegistryTest {

	static final String SALUD = BASE + "/publisher/salud";

	static final String FINANZAS = BASE + "/publisher/finanzas";

	/** Sessions by username: logging in hashes a password, so once per person and run is enough. */
	private static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordService records;

	/** The session of a demo person (password {@code demo-<username>}) after the login form. */
	MockHttpSession as(String username) {
		return as(username, "demo-" + username);
	}

	MockHttpSession as(String username, String password) {
		return SESSIONS.computeIfAbsent(username, (u) -> {
			try {
				MvcResult login = mvc.perform(formLogin("/login").user(u).password(password))
					.andExpect(redirectedUrl("/manage"))
					.andReturn();
				return (MockHttpSession) login.getRequest().getSession(false);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Login of " + u + " failed", ex);
			}
		});
	}

	static RecordRef dataset(String id) {
		return new RecordRef(RecordKind.DATASET, id);
	}

	RecordState state(String id) {
		return records.state(dataset(id)).orElseThrow();
	}

	/** Writes a conforming dataset of a publisher straight through the record service. */
	void seed(String id, String title, String publisher, RecordStatus status) {
		String turtle = Fixtures.dataset(title).replace(FINANZAS, publisher);
		Graph graph = Rdf.parse(turtle.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, BASE + "/dataset/" + id);
		records.put(dataset(id), graph, status, "semilla");
	}

	/** The Spanish title of the latest version of a dataset, read from its listing summary. */
	String title(String id) {
		return state(id).summary().title(java.util.Locale.of("es"), null);
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return html(mvc.perform(request).andReturn());
	}

	static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** GET with a session, asking for a page. */
	static MockHttpServletRequestBuilder open(String path, MockHttpSession session) {
		return get(path).session(session).accept("text/html");
	}

	/**
	 * The record form's data as a browser sends it (inputs, text areas, chosen options; no submit
	 * buttons, no CSRF token: the requests add theirs).
	 */
	static MultiValueMap<String, String> formData(Document page) {
		FormElement form = (FormElement) page.selectFirst("form.record-form");
		MultiValueMap<String, String> data = new LinkedMultiValueMap<>();
		for (Connection.KeyVal kv : form.formData()) {
			if (!kv.key().equals("_csrf")) {
				data.add(kv.key(), kv.value());
			}
		}
		return data;
	}

	/** The single element whose attribute has this exact value (CSS would need escaping for brackets). */
	static Element named(Document page, String name) {
		var found = page.getElementsByAttributeValue("name", name);
		if (found.size() != 1) {
			throw new AssertionError("Expected one element named " + name + ", found " + found.size());
		}
		return found.first();
	}

}
