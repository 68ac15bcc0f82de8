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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.registro.harvest.read.SourceType;

/** The list of sources, the delete confirmation, and the source's own page. */
class SourcePagesTest extends HarvestPages {

	@Test
	void theListShowsEachSourceWithItsLastJobInSpanishAndEnglish() throws Exception {
		when(harvest.sources()).thenReturn(List.of(source("uni", "Universidad", null), source("salud-ckan", "CKAN de salud", SALUD)));
		when(harvest.jobs("uni", 1)).thenReturn(List.of(job("j-7", "uni", JobStatus.FINISHED, Map.of(Outcome.CREATED, 3, Outcome.REJECTED, 2), List.of())));

		Document es = page(open("/manage/harvest", coordinator()));
		assertThat(es.selectFirst("h1").text()).isEqualTo("Fuentes de cosecha");
		assertThat(es.select("a.button[href=/manage/harvest/new]").text()).isEqualTo("Añadir una fuente");
		Element uni = es.selectFirst("tr[data-source=uni]");
		assertThat(uni.selectFirst("a[href=/manage/harvest/sources/uni]").text()).isEqualTo("Universidad");
		assertThat(uni.select("a[href='https://datos.example.org/uni/catalog.ttl']")).hasSize(1);
		assertThat(uni.text()).contains("https://datos.example.org/uni/catalog.ttl", "DCAT RDF", "del origen", "Diaria", "Sí");
		assertThat(uni.selectFirst("a[href=/manage/harvest/jobs/j-7]").text()).isEqualTo("Terminada");
		assertThat(uni.select(".count-created").text()).isEqualTo("Creados: 3");
		assertThat(uni.select(".count-rejected").text()).isEqualTo("Rechazados: 2");
		Element salud = es.selectFirst("tr[data-source=salud-ckan]");
		assertThat(salud.text()).contains("Secretaría de Salud del Estado de Valle de Anáhuac", "Nunca cosechada");

		Document en = page(open("/manage/harvest?lang=en", coordinator()));
		assertThat(en.selectFirst("h1").text()).isEqualTo("Harvest sources");
		assertThat(en.selectFirst("tr[data-source=uni]").text()).contains("from the source", "Daily", "Yes", "Created: 3");
		assertThat(en.selectFirst("tr[data-source=salud-ckan]").text()).contains("Secretariat of Health", "Never harvested");
	}

	@Test
	void theSourcePageShowsItsOptionsItsJobsNewestFirstAndTheHarvestButton() throws Exception {
		HarvestSource cron = new HarvestSource("datos-ar", "Datos Argentina", URI.create("https://datos.example.org/data.json"),
				SourceType.DATAJSON, null, new Schedule("0 3 * * MON"), false,
				new SourceOptions(250, Map.of("X-Api-Key", "secreto"), "application/ld+json", ValidationMode.DRAFT),
				Instant.parse("2026-01-10T10:00:00Z"), "coordinadora");
		when(harvest.source("datos-ar")).thenReturn(Optional.of(cron));
		when(harvest.jobs("datos-ar", HarvestPageController.JOBS_SHOWN)).thenReturn(List.of(
				job("j-2", "datos-ar", JobStatus.RUNNING, Map.of(Outcome.UNCHANGED, 10), List.of()),
				job("j-1", "datos-ar", JobStatus.FAILED, Map.of(), List.of())));

		Document page = page(open("/manage/harvest/sources/datos-ar", coordinator()));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Datos Argentina");
		assertThat(page.selectFirst("form[action=/manage/harvest/sources/datos-ar/jobs]").text()).isEqualTo("Cosechar ahora");
		assertThat(page.select("form[action=/manage/harvest/sources/datos-ar/jobs] input[name=_csrf]")).hasSize(1);
		assertThat(page.selectFirst("dl.facts").text()).contains("data.json", "Cron: 0 3 * * MON", "No", "250", "X-Api-Key", "JSON-LD",
				"Aceptarlos como borradores con su informe");
		// a header's value may be a secret: only its name is shown
		assertThat(page.text()).doesNotContain("secreto");
		assertThat(page.select("table.jobs tr[data-job]").eachAttr("data-job")).containsExactly("j-2", "j-1");
		assertThat(page.selectFirst("tr[data-job=j-2]").text()).contains("En curso", "Sin cambios: 10");
		assertThat(page.selectFirst("tr[data-job=j-1]").text()).contains("Fallida");
	}

	@Test
	void deletingAsksFirstThenDeletes() throws Exception {
		when(harvest.source("uni")).thenReturn(Optional.of(source("uni", "Universidad", null)));
		Document confirm = page(open("/manage/harvest/sources/uni/delete", coordinator()));
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("¿Eliminar la fuente «Universidad»?");
		assertThat(confirm.select("form[method=post][action=/manage/harvest/sources/uni/delete] button").text())
			.isEqualTo("Sí, eliminar la fuente");
		verify(harvest, never()).delete(any());

		var done = mvc.perform(post("/manage/harvest/sources/uni/delete").session(coordinator()).with(csrf()))
			.andExpect(redirectedUrl("/manage/harvest"))
			.andReturn();
		verify(harvest).delete(eq("uni"));
		Document list = page(open("/manage/harvest", coordinator()).flashAttrs(done.getFlashMap()));
		assertThat(list.selectFirst(".notice").text()).startsWith("Fuente eliminada.");
	}

	@Test
	void anUnknownSourceIsNotFound() throws Exception {
		when(harvest.source("nada")).thenReturn(Optional.empty());
		mvc.perform(open("/manage/harvest/sources/nada", coordinator())).andExpect(status().isNotFound());
		mvc.perform(open("/manage/harvest/sources/nada/edit", coordinator())).andExpect(status().isNotFound());
	}

}
