package org.registro.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** Only coordinators and sysadmins reach the harvest pages; a refusal changes nothing. */
class HarvestPagesAccessTest extends HarvestPages {

	static final List<String> PAGES = List.of("/manage/harvest", "/manage/harvest/new", "/manage/harvest/sources/uni",
			"/manage/harvest/sources/uni/edit", "/manage/harvest/sources/uni/delete", "/manage/harvest/jobs/j-1");

	static final List<String> POSTS = List.of("/manage/harvest/new", "/manage/harvest/sources/uni/edit", "/manage/harvest/sources/uni/delete",
			"/manage/harvest/sources/uni/jobs");

	@BeforeEach
	void aSourceAndAJob() {
		when(harvest.sources()).thenReturn(List.of(source("uni", "Universidad", null)));
		when(harvest.source("uni")).thenReturn(Optional.of(source("uni", "Universidad", null)));
		when(harvest.job("j-1")).thenReturn(Optional.of(job("j-1", "uni", JobStatus.FINISHED, Map.of(), List.of())));
		when(harvest.entries(anyString(), any(), anyInt(), anyInt())).thenReturn(new EntryPage(List.of(), 0, 1, 50));
	}

	@Test
	void aCoordinatorOpensEveryPage() throws Exception {
		for (String path : PAGES) {
			mvc.perform(open(path, coordinator())).andExpect(status().isOk());
		}
	}

	@Test
	void anEditorGetsForbiddenEverywhereAndNothingIsChanged() throws Exception {
		MockHttpSession editor = as("editor-salud");
		for (String path : PAGES) {
			mvc.perform(open(path, editor)).andExpect(status().isForbidden());
		}
		for (String path : POSTS) {
			mvc.perform(post(path).session(editor).with(csrf()).accept("text/html").param("title", "x").param("url", "https://example.org/"))
				.andExpect(status().isForbidden());
		}
		verify(harvest, never()).create(any(), any());
		verify(harvest, never()).update(any(), any());
		verify(harvest, never()).delete(any());
		verify(harvest, never()).start(any(), any());
	}

	@Test
	void anonymousPeopleAreSentToTheLoginForm() throws Exception {
		for (String path : PAGES) {
			mvc.perform(get(path).accept("text/html")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
		mvc.perform(post("/manage/harvest/sources/uni/jobs").with(csrf()).accept("text/html")).andExpect(redirectedUrl("/login"));
		verify(harvest, never()).start(any(), any());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/manage/harvest/sources/uni/delete").session(coordinator()).accept("text/html")).andExpect(status().isForbidden());
		verify(harvest, never()).delete(any());
	}

	@Test
	void theNavigationLinksToHarvestingForCoordinatorsOnly() throws Exception {
		Document coordinator = page(open("/manage", coordinator()));
		assertThat(coordinator.select("header.site a[href=/manage/harvest]").text()).isEqualTo("Cosecha");
		Document editor = page(open("/manage", as("editor-salud")));
		assertThat(editor.select("header.site a[href=/manage/harvest]")).isEmpty();
	}

}
