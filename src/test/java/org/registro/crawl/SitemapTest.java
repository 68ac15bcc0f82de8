package org.registro.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.registro.store.RecordStore;
import org.registro.support.Fixtures;
import org.registro.support.Http;
import org.registro.support.RegistryTest;
import org.registro.system.RegistryProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sitemap lists the public pages only, as sitemaps.org XML, and becomes an index beyond its limit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SitemapTest extends RegistryTest {

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@LocalServerPort
	int port;

	@Autowired
	RecordStore store;

	@Autowired
	RegistryProperties properties;

	@Autowired
	ApplicationContext context;

	private void put(String id, String title, String status) {
		HttpResponse<String> put = new Http(port).put("/api/v1/datasets/" + id + "?status=" + status, "text/turtle",
				Fixtures.dataset(title), "Authorization", "Bearer " + TOKEN);
		assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
	}

	private static Document xml(String body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
	}

	/** Each {@code loc} of a urlset or sitemapindex (in the sitemap namespace) with its {@code lastmod}, or null. */
	private static Map<String, String> entries(Document doc) {
		Map<String, String> out = new LinkedHashMap<>();
		NodeList locs = doc.getElementsByTagNameNS(NS, "loc");
		for (int i = 0; i < locs.getLength(); i++) {
			Element entry = (Element) locs.item(i).getParentNode();
			NodeList lastmod = entry.getElementsByTagNameNS(NS, "lastmod");
			String previous = out.put(locs.item(i).getTextContent(), lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent());
			assertThat(previous).as("a page listed twice").isNull();
		}
		return out;
	}

	@Test
	void listsThePublishedPagesAndNotADraft() throws Exception {
		put("mapa-publicado", "Publicado en el mapa del sitio", "published");
		put("mapa-borrador", "Borrador fuera del mapa del sitio", "draft");
		HttpResponse<String> response = new Http(port).get("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
		assertThat(response.headers().firstValue("Set-Cookie")).as("anonymous, no session").isEmpty();
		Document doc = xml(response.body());
		assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
		assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
		Map<String, String> pages = entries(doc);
		assertThat(pages).containsKeys(BASE + "/catalog", BASE + "/dataset/mapa-publicado", BASE + "/dataset/presupuesto-egresos-2025",
				BASE + "/publisher/finanzas")
			.doesNotContainKey(BASE + "/dataset/mapa-borrador");
		assertThat(pages.keySet()).allMatch((loc) -> loc.startsWith(BASE + "/catalog") || loc.startsWith(BASE + "/dataset/")
				|| loc.startsWith(BASE + "/publisher/"));
		Instant modified = Instant.parse(pages.get(BASE + "/dataset/mapa-publicado"));
		assertThat(modified).isBefore(Instant.now().plusSeconds(1)).isAfter(Instant.now().minusSeconds(600));
		assertThat(Instant.parse(pages.get(BASE + "/catalog"))).isAfterOrEqualTo(modified);
	}

	@Test
	void anUnchangedSitemapAnswers304AndAPublicationChangesIt() {
		Http http = new Http(port);
		String etag = http.get("/sitemap.xml").headers().firstValue("ETag").orElseThrow();
		assertThat(http.get("/sitemap.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
		put("mapa-nuevo", "Nuevo en el mapa del sitio", "published");
		HttpResponse<String> changed = http.get("/sitemap.xml", "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains(BASE + "/dataset/mapa-nuevo");
		assertThat(http.get("/sitemap-1.xml").statusCode()).as("no parts while one file holds every page").isEqualTo(404);
	}

	@Test
	void beyondTheLimitTheSitemapIsAnIndexOfParts() throws Exception {
		Map<String, String> all = entries(xml(new Http(port).get("/sitemap.xml").body()));
		int limit = 7;
		assertThat(all.size()).isGreaterThan(2 * limit);
		SitemapController controller = new SitemapController(new Sitemap(store, properties, limit), properties);
		MockMvc mvc = MockMvcBuilders.standaloneSetup(controller).setControllerAdvice(context.getBean("problemHandler")).build();

		Document index = xml(body(mvc, "/sitemap.xml"));
		assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
		assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		List<String> parts = new ArrayList<>(entries(index).keySet());
		int expected = (all.size() + limit - 1) / limit;
		assertThat(parts).hasSize(expected);
		Map<String, String> together = new LinkedHashMap<>();
		for (int n = 1; n <= expected; n++) {
			assertThat(parts.get(n - 1)).isEqualTo(BASE + "/sitemap-" + n + ".xml");
			Document part = xml(body(mvc, "/sitemap-" + n + ".xml"));
			assertThat(part.getDocumentElement().getLocalName()).isEqualTo("urlset");
			Map<String, String> pages = entries(part);
			assertThat(pages.size()).isBetween(1, limit);
			pages.forEach((loc, lastmod) -> assertThat(together.put(loc, lastmod)).as("%s in two parts", loc).isNull());
		}
		assertThat(together).isEqualTo(all);
		assertThat(mvc.perform(get("/sitemap-" + (expected + 1) + ".xml")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/sitemap-0.xml")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private static String body(MockMvc mvc, String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void robotsKeepsCrawlersOffThePrivatePagesAndPointsAtTheSitemap() {
		HttpResponse<String> response = new Http(port).get("/robots.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		List<String> lines = response.body().lines().toList();
		assertThat(lines).contains("User-agent: *", "Sitemap: " + BASE + "/sitemap.xml");
		List<String> disallowed = lines.stream().filter((l) -> l.startsWith("Disallow:")).map((l) -> l.substring(9).trim()).toList();
		for (String hidden : List.of("/manage", "/manage/datasets/new", "/account", "/admin/users", "/login", "/api/v1/datasets/x",
				"/sparql?query=ASK{}")) {
			assertThat(disallowed).as(hidden).anyMatch(hidden::startsWith);
		}
		for (String open : List.of("/catalog", "/dataset/presupuesto-egresos-2025", "/publisher/finanzas", "/sparql",
				"/catalog/dump.nq.gz", "/sitemap.xml")) {
			assertThat(disallowed).as(open).noneMatch(open::startsWith);
		}
	}

}
