package org.registro.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.registro.harvest.read.RunError;
import org.registro.support.Rdf;
import org.springframework.test.web.servlet.MvcResult;

/** Starting a harvest and reading its report: counts, run errors and entries in words, paginated and filtered. */
class JobPagesTest extends HarvestPages {

	/** A SHACL report as the validator writes it: one violation with its message in both languages. */
	static final String REPORT = """
			@prefix sh: <http://www.w3.org/ns/shacl#> .
			@prefix dct: <http://purl.org/dc/terms/> .
			[] a sh:ValidationReport ; sh:conforms false ;
			  sh:result [ a sh:ValidationResult ;
			    sh:focusNode <https://uni.example.org/ds/7> ;
			    sh:resultPath dct:title ;
			    sh:resultSeverity sh:Violation ;
			    sh:sourceConstraintComponent sh:MinCountConstraintComponent ;
			    sh:sourceShape <https://example.org/shapes#DatasetShape> ;
			    sh:resultMessage "Falta el título del conjunto de datos."@es , "The dataset has no title."@en ] .
			""";

	static final Map<Outcome, Integer> COUNTS = Map.of(Outcome.CREATED, 40, Outcome.UPDATED, 5, Outcome.UNCHANGED, 900,
			Outcome.REJECTED, 120, Outcome.DRAFTED, 1);

	@BeforeEach
	void aSource() {
		when(harvest.source("uni")).thenReturn(Optional.of(source("uni", "Universidad", null)));
		when(harvest.entries(anyString(), any(), anyInt(), anyInt())).thenReturn(new EntryPage(List.of(), 0, 1, 50));
	}

	@Test
	void harvestingNowGoesToTheNewJobsPage() throws Exception {
		when(harvest.start("uni", "coordinadora")).thenReturn(job("j-9", "uni", JobStatus.QUEUED, Map.of(), List.of()));
		mvc.perform(post("/manage/harvest/sources/uni/jobs").session(coordinator()).with(csrf()))
			.andExpect(redirectedUrl("/manage/harvest/jobs/j-9"));
		verify(harvest).start("uni", "coordinadora");
	}

	@Test
	void aSourceAlreadyRunningSaysSoAndLinksToTheRunningJob() throws Exception {
		when(harvest.start("uni", "coordinadora")).thenThrow(new JobConflictException("uni", "j-8"));
		MvcResult refused = mvc.perform(post("/manage/harvest/sources/uni/jobs").session(coordinator()).with(csrf()))
			.andExpect(redirectedUrl("/manage/harvest/sources/uni"))
			.andReturn();
		Document page = page(open("/manage/harvest/sources/uni", coordinator()).flashAttrs(refused.getFlashMap()));
		Element alert = page.selectFirst("[role=alert]");
		assertThat(alert.text()).contains("Esta fuente ya tiene una cosecha en curso.");
		assertThat(alert.selectFirst("a[href=/manage/harvest/jobs/j-8]").text()).isEqualTo("Ver la cosecha en curso");
	}

	@Test
	void aFinishedReportSaysWhatWasTakenAndWhyReadingStopped() throws Exception {
		when(harvest.job("j-1")).thenReturn(Optional.of(job("j-1", "uni", JobStatus.FINISHED, COUNTS,
				List.of(new RunError("https://uni.example.org/p/3", "page-loop", "page 3 links back to page 1"),
						new RunError("https://uni.example.org/p/4", "brand-new-code", "something new")))));
		Document es = page(open("/manage/harvest/jobs/j-1", coordinator()));
		assertThat(es.select("meta[http-equiv=refresh]")).isEmpty();
		assertThat(es.select(".refreshing")).isEmpty();
		assertThat(es.selectFirst("dl.facts").text()).contains("Terminada", "Universidad", "coordinadora",
				"Completa: todos los registros de la fuente", "Sí: los registros que desaparecieron de la fuente se retiraron");
		assertThat(es.selectFirst("dd.pages").text()).isEqualTo("4");
		assertThat(es.selectFirst("tr[data-outcome=unchanged]").text()).isEqualTo("Sin cambios 900");
		assertThat(es.selectFirst("tr[data-outcome=withdrawn]").text()).isEqualTo("Retirados 0");
		Element loop = es.selectFirst(".run-errors li[data-code=page-loop]");
		assertThat(loop.text()).contains("Los enlaces a la página siguiente forman un ciclo", "https://uni.example.org/p/3",
				"page 3 links back to page 1");
		assertThat(es.selectFirst(".run-errors li[data-code=brand-new-code]").text()).contains("Problema al leer la fuente (código «brand-new-code»).");
		// tabs: every outcome that leaves entries, with its count; "all" is their sum (unchanged ones are only counted)
		assertThat(es.select("nav.tabs a").eachText()).containsExactly("Todos (166)", "Creados (40)", "Actualizados (5)", "Retirados (0)",
				"Rechazados (120)", "Borradores (1)");
		assertThat(es.selectFirst("nav.tabs a[data-tab=rejected]").attr("href")).isEqualTo("/manage/harvest/jobs/j-1?outcome=rejected");
		assertThat(es.selectFirst("nav.tabs a[data-tab=all]").attr("aria-current")).isEqualTo("page");
		verify(harvest).entries("j-1", null, 1, JobPageController.PAGE_SIZE);

		Document en = page(open("/manage/harvest/jobs/j-1?lang=en", coordinator()));
		assertThat(en.selectFirst("h1").text()).isEqualTo("Harvest report");
		assertThat(en.selectFirst(".run-errors li[data-code=page-loop]").text()).contains("The next-page links form a loop");
		assertThat(en.selectFirst("nav.tabs a[data-tab=rejected]").text()).isEqualTo("Rejected (120)");
	}

	@Test
	void aRunningJobsPageRefreshesItselfAndSaysSo() throws Exception {
		when(harvest.job("j-2")).thenReturn(Optional.of(job("j-2", "uni", JobStatus.RUNNING, Map.of(Outcome.CREATED, 3), List.of())));
		Document page = page(open("/manage/harvest/jobs/j-2", coordinator()));
		assertThat(page.selectFirst("head meta[http-equiv=refresh]").attr("content")).isEqualTo("5");
		assertThat(page.selectFirst(".refreshing").text()).isEqualTo("La cosecha sigue en curso; esta página se actualiza sola cada 5 segundos.");
		assertThat(page.selectFirst("dl.facts").text()).contains("En curso");
	}

	@Test
	void theEntriesArePagedAndFilteredByOutcome() throws Exception {
		when(harvest.job("j-1")).thenReturn(Optional.of(job("j-1", "uni", JobStatus.FINISHED, COUNTS, List.of())));
		List<JobEntry> fifty = new ArrayList<>();
		for (int i = 51; i <= 100; i++) {
			fifty.add(new JobEntry(i, Outcome.REJECTED, "ds-" + i, "page 2", "https://uni.example.org/ds/" + i, null, "invalid-record",
					"no dct:title", null));
		}
		when(harvest.entries("j-1", Outcome.REJECTED, 2, 50)).thenReturn(new EntryPage(fifty, 120, 2, 50));
		Document page = page(open("/manage/harvest/jobs/j-1?outcome=rejected&page=2", coordinator()));
		verify(harvest).entries("j-1", Outcome.REJECTED, 2, 50);
		assertThat(page.select("table.entries tr[data-position]")).hasSize(50);
		assertThat(page.selectFirst("nav.tabs a[aria-current=page]").attr("data-tab")).isEqualTo("rejected");
		assertThat(page.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/manage/harvest/jobs/j-1?outcome=rejected");
		assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo("/manage/harvest/jobs/j-1?outcome=rejected&page=3");
		assertThat(page.text()).contains("Página 2 de 3");
		assertThat(page.selectFirst("tr[data-position=51] .reason").text())
			.isEqualTo("El registro no se pudo convertir en un conjunto de datos válido. Detalle: no dct:title");
	}

	@Test
	void aBadOutcomeOrPageIsABadRequestAndReadsNoEntries() throws Exception {
		when(harvest.job("j-1")).thenReturn(Optional.of(job("j-1", "uni", JobStatus.FINISHED, COUNTS, List.of())));
		mvc.perform(open("/manage/harvest/jobs/j-1?outcome=lost", coordinator())).andExpect(status().isBadRequest());
		mvc.perform(open("/manage/harvest/jobs/j-1?page=0", coordinator())).andExpect(status().isBadRequest());
		mvc.perform(open("/manage/harvest/jobs/j-1?page=dos", coordinator())).andExpect(status().isBadRequest());
		verify(harvest, never()).entries(anyString(), any(), anyInt(), anyInt());
		when(harvest.job("nada")).thenReturn(Optional.empty());
		mvc.perform(open("/manage/harvest/jobs/nada", coordinator())).andExpect(status().isNotFound());
	}

	@Test
	void aRejectedEntrysShaclReportAndReasonAreShownInWords() throws Exception {
		when(harvest.job("j-1")).thenReturn(Optional.of(job("j-1", "uni", JobStatus.FINISHED, COUNTS, List.of())));
		JobEntry rejected = new JobEntry(7, Outcome.REJECTED, "https://uni.example.org/ds/7", "https://uni.example.org/catalog.ttl",
				"https://uni.example.org/ds/7", null, null, null, Rdf.parse(REPORT, Lang.TURTLE));
		JobEntry duplicate = new JobEntry(8, Outcome.REJECTED, "https://uni.example.org/ds/1", "https://uni.example.org/catalog.ttl",
				"https://uni.example.org/ds/1", null, "duplicate-dataset", "also at position 2", null);
		JobEntry drafted = new JobEntry(9, Outcome.DRAFTED, "https://uni.example.org/ds/9", "https://uni.example.org/catalog.ttl",
				"https://uni.example.org/ds/9", "uni-ds-9", null, null, Rdf.parse(REPORT, Lang.TURTLE));
		when(harvest.entries("j-1", null, 1, 50)).thenReturn(new EntryPage(List.of(rejected, duplicate, drafted), 3, 1, 50));

		Document es = page(open("/manage/harvest/jobs/j-1", coordinator()));
		Element seven = es.selectFirst("tr[data-position=7]");
		assertThat(seven.select(".shacl li.violation .message").text()).isEqualTo("Falta el título del conjunto de datos.");
		assertThat(seven.select(".shacl li.violation .path").text()).contains("http://purl.org/dc/terms/title");
		assertThat(seven.text()).contains("https://uni.example.org/ds/7", "Rechazado");
		assertThat(es.selectFirst("tr[data-position=9]").text()).contains("Tomado como borrador");
		assertThat(seven.select("a.record")).isEmpty();
		assertThat(es.selectFirst("tr[data-position=8] .reason").text())
			.isEqualTo("Otro registro de la misma cosecha tiene el mismo IRI de conjunto de datos. Detalle: also at position 2");
		Element nine = es.selectFirst("tr[data-position=9]");
		assertThat(nine.selectFirst("a.record").attr("href")).isEqualTo("/manage/datasets/uni-ds-9");
		assertThat(nine.select(".shacl .message").text()).isEqualTo("Falta el título del conjunto de datos.");
		assertThat(es.select("a[rel=next]")).isEmpty();

		Document en = page(open("/manage/harvest/jobs/j-1?lang=en", coordinator()));
		assertThat(en.selectFirst("tr[data-position=7] .shacl .message").text()).isEqualTo("The dataset has no title.");
		assertThat(en.selectFirst("tr[data-position=7] .shacl strong").text()).isEqualTo("Error");
	}

}
