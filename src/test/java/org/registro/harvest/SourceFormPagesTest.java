package org.registro.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.registro.harvest.InvalidSourceException.FieldError;
import org.registro.harvest.read.SourceType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Adding and editing a source: the fields reach the service parsed; a refusal keeps what was typed. */
class SourceFormPagesTest extends HarvestPages {

	/** The text of the option with this value in a select (CSS would need escaping for IRIs and empty values). */
	private static String option(Document page, String select, String value) {
		return page.getElementById(select).select("option").stream().filter((o) -> o.attr("value").equals(value)).findFirst().orElseThrow().text();
	}

	private MockHttpServletRequestBuilder create() {
		return post("/manage/harvest/new").session(coordinator()).with(csrf()).accept("text/html");
	}

	@Test
	void theNewFormOffersThePublishersAndTakingThemFromTheSource() throws Exception {
		Document form = page(open("/manage/harvest/new", coordinator()));
		assertThat(form.selectFirst("h1").text()).isEqualTo("Nueva fuente de cosecha");
		assertThat(option(form, "publisher", "")).isEqualTo("Tomar el publicador del origen");
		assertThat(option(form, "publisher", SALUD))
			.isEqualTo("Secretaría de Salud del Estado de Valle de Anáhuac");
		assertThat(form.select("select#type option").eachText()).containsExactly("DCAT RDF", "API de CKAN", "data.json");
		assertThat(form.select("select#schedule option").eachText()).containsExactly("Manual", "Cada hora", "Diaria", "Semanal", "Expresión cron");
		assertThat(form.select("form.source-form input[name=_csrf]")).hasSize(1);

		Document en = page(open("/manage/harvest/new?lang=en", coordinator()));
		assertThat(option(en, "publisher", "")).isEqualTo("Take the publisher from the source");
		assertThat(en.select("select#type option").eachText()).containsExactly("DCAT RDF", "CKAN API", "data.json");
	}

	@Test
	void aCreatedSourceReachesTheServiceWithItsFieldsParsed() throws Exception {
		when(harvest.create(any(), eq("coordinadora"))).thenReturn(source("ckan-salud", "CKAN de salud", SALUD));
		mvc.perform(create().param("title", " CKAN de salud ")
			.param("url", "https://ckan.example.org/")
			.param("type", "ckan")
			.param("publisher", SALUD)
			.param("schedule", "cron")
			.param("cron", "0 3 * * MON")
			.param("enabled", "true")
			.param("pageSize", "250")
			.param("headers", "X-Api-Key: abc:def\r\n\r\nAccept-Language:  es ")
			.param("format", "text/turtle")
			.param("validation", "draft")).andExpect(redirectedUrl("/manage/harvest/sources/ckan-salud"));
		verify(harvest).create(new SourceForm(null, "CKAN de salud", "https://ckan.example.org/", "ckan", SALUD, "0 3 * * MON", true, 250,
				Map.of("X-Api-Key", "abc:def", "Accept-Language", "es"), "text/turtle", "draft"), "coordinadora");
	}

	@Test
	void emptyFieldsOfANewSourceAreNotGivenAndAnUncheckedBoxIsFalse() throws Exception {
		when(harvest.create(any(), any())).thenReturn(source("uni", "Universidad", null));
		mvc.perform(create().param("title", "").param("url", "https://uni.example.org/catalog.ttl").param("type", "dcat").param("publisher", "")
			.param("schedule", "daily").param("cron", "ignored when not cron").param("pageSize", "").param("headers", "").param("format", "")
			.param("validation", "reject")).andExpect(redirectedUrl("/manage/harvest/sources/uni"));
		verify(harvest).create(new SourceForm(null, null, "https://uni.example.org/catalog.ttl", "dcat", null, "daily", false, null, Map.of(),
				null, "reject"), "coordinadora");
	}

	@Test
	void theServicesFieldErrorsAreShownNextToTheirFieldsWithTheTypedValuesKept() throws Exception {
		when(harvest.create(any(), any())).thenThrow(new InvalidSourceException(List.of(new FieldError("url", "url", "The URL must be http or https"),
				new FieldError("options.pageSize", "page-size", "The page size must be from 1 to 1000"),
				new FieldError("url", "some-new-code", "The host is on fire"))));
		MockHttpServletRequestBuilder typed = create().param("title", "Mi fuente").param("url", "ftp://x").param("type", "datajson")
			.param("schedule", "cron").param("cron", "0 0 4 * * *").param("pageSize", "5000").param("headers", "X-Uno: 1\nX-Dos: 2")
			.param("format", "application/rdf+xml").param("validation", "draft");
		Document es = html(mvc.perform(typed).andExpect(status().isUnprocessableContent()).andReturn());
		assertThat(es.select("#url-error li").eachText()).containsExactly("Escriba una dirección http o https completa.", "The host is on fire");
		assertThat(es.selectFirst("#url").attr("aria-invalid")).isEqualTo("true");
		assertThat(es.selectFirst("#url").attr("aria-describedby")).contains("url-error");
		assertThat(es.select("#pageSize-error li").text()).isEqualTo("Los registros por página deben ser un número entre 1 y 1000.");
		assertThat(es.selectFirst(".error").text()).contains("No se guardó nada");
		assertThat(es.selectFirst("#title").val()).isEqualTo("Mi fuente");
		assertThat(es.selectFirst("#url").val()).isEqualTo("ftp://x");
		assertThat(es.selectFirst("#type option[selected]").val()).isEqualTo("datajson");
		assertThat(es.selectFirst("#schedule option[selected]").val()).isEqualTo("cron");
		assertThat(es.selectFirst("#cron").val()).isEqualTo("0 0 4 * * *");
		assertThat(es.selectFirst("#pageSize").val()).isEqualTo("5000");
		assertThat(es.selectFirst("#headers").val()).isEqualTo("X-Uno: 1\nX-Dos: 2");
		assertThat(es.selectFirst("#format option[selected]").val()).isEqualTo("application/rdf+xml");
		assertThat(es.selectFirst("input[name=validation][checked]").val()).isEqualTo("draft");
		assertThat(es.selectFirst("input[name=enabled]").hasAttr("checked")).isFalse();

		Document en = html(mvc.perform(typed.param("lang", "en")).andExpect(status().isUnprocessableContent()).andReturn());
		assertThat(en.select("#url-error li").first().text()).isEqualTo("Write a complete http or https address.");
	}

	@Test
	void aHeaderLineWithoutANameOrAnEmptyCronIsRefusedBeforeTheService() throws Exception {
		Document page = html(mvc.perform(create().param("url", "https://uni.example.org/").param("type", "dcat").param("schedule", "cron")
			.param("cron", " ").param("headers", "X-Bien: 1\nsin dos puntos")).andExpect(status().isUnprocessableContent()).andReturn());
		assertThat(page.select("#headers-error li").text()).isEqualTo("Cada línea de cabecera debe tener la forma «Nombre: valor».");
		assertThat(page.select("#schedule-error li").text()).isEqualTo("Elija una frecuencia o escriba una expresión cron válida.");
		assertThat(page.selectFirst("#headers").val()).isEqualTo("X-Bien: 1\nsin dos puntos");
		verify(harvest, never()).create(any(), any());
	}

	@Test
	void theEditFormShowsTheSourceAndSendsEveryFieldBack() throws Exception {
		HarvestSource uni = new HarvestSource("uni", "Universidad", URI.create("https://uni.example.org/catalog.ttl"), SourceType.DCAT, SALUD,
				new Schedule("0 0 4 * * *"), true, new SourceOptions(100, Map.of("X-Api-Key", "abc"), "application/rdf+xml", ValidationMode.REJECT),
				Instant.parse("2026-01-10T10:00:00Z"), "coordinadora");
		when(harvest.source("uni")).thenReturn(Optional.of(uni));
		Document form = page(open("/manage/harvest/sources/uni/edit", coordinator()));
		assertThat(form.selectFirst("h1").text()).isEqualTo("Editar la fuente «Universidad»");
		assertThat(form.selectFirst("form.source-form").attr("action")).isEqualTo("/manage/harvest/sources/uni/edit");
		assertThat(form.selectFirst("#type").hasAttr("disabled")).isTrue();
		assertThat(form.selectFirst("#publisher option[selected]").val()).isEqualTo(SALUD);
		assertThat(form.selectFirst("#schedule option[selected]").val()).isEqualTo("cron");
		assertThat(form.selectFirst("#cron").val()).isEqualTo("0 0 4 * * *");
		assertThat(form.selectFirst("#headers").val()).isEqualTo("X-Api-Key: abc");
		assertThat(form.selectFirst("#format option[selected]").val()).isEqualTo("application/rdf+xml");
		assertThat(form.selectFirst("input[name=enabled]").hasAttr("checked")).isTrue();

		// taken from the source again, automatic format, no headers, disabled: sent as "clear", not "unchanged"
		mvc.perform(post("/manage/harvest/sources/uni/edit").session(coordinator()).with(csrf()).param("title", "Universidad 2")
			.param("url", "https://uni.example.org/catalog.ttl").param("publisher", "").param("schedule", "weekly").param("cron", "")
			.param("pageSize", "100").param("headers", "").param("format", "").param("validation", "reject"))
			.andExpect(redirectedUrl("/manage/harvest/sources/uni"));
		verify(harvest).update("uni", new SourceForm(null, "Universidad 2", "https://uni.example.org/catalog.ttl", null, "", "weekly", false, 100,
				Map.of(), "", "reject"));
	}

}
