package org.registro.harvest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceType;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the harvest page tests share: the real pages and security with the harvest service
 * replaced by a mock (its bodies are not these pages' concern), sessions of the demo people logged
 * in through the login form, and sources and jobs to show.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class HarvestPages extends RegistryTest {

	static final String SALUD = BASE + "/publisher/salud";

	private static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();

	@MockitoBean
	HarvestService harvest;

	@Autowired
	MockMvc mvc;

	/** The session of a demo person (password {@code demo-<username>}) after the login form. */
	MockHttpSession as(String username) {
		return SESSIONS.computeIfAbsent(username, (u) -> {
			try {
				MvcResult login = mvc.perform(formLogin("/login").user(u).password("demo-" + u)).andExpect(redirectedUrl("/manage")).andReturn();
				return (MockHttpSession) login.getRequest().getSession(false);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Login of " + u + " failed", ex);
			}
		});
	}

	MockHttpSession coordinator() {
		return as("coordinadora");
	}

	static MockHttpServletRequestBuilder open(String path, MockHttpSession session) {
		return get(path).session(session).accept("text/html");
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return html(mvc.perform(request).andReturn());
	}

	static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static HarvestSource source(String id, String title, String publisher) {
		return new HarvestSource(id, title, URI.create("https://datos.example.org/" + id + "/catalog.ttl"), SourceType.DCAT, publisher,
				new Schedule("daily"), true, SourceOptions.DEFAULTS, Instant.parse("2026-01-10T10:00:00Z"), "coordinadora");
	}

	static HarvestJob job(String id, String sourceId, JobStatus status, Map<Outcome, Integer> counts, List<RunError> errors) {
		Instant started = Instant.parse("2026-02-01T08:00:00Z");
		return new HarvestJob(id, sourceId, status, false, "coordinadora", started, status == JobStatus.QUEUED ? null : started,
				status.done() ? started.plusSeconds(90) : null, status == JobStatus.FINISHED, 4, counts, errors);
	}

}
