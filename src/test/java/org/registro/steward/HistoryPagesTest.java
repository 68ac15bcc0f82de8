package org.registro.steward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.registro.record.HistoryEntry;
import org.registro.record.RecordStatus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.MultiValueMap;

/** A record's history page, a version's page and restoring a version, after changes made in the form. */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryPagesTest extends StewardPages {

	/** Creates a dataset in the form, changes its title in the form, and has it published. */
	private void createEditAndPublish(String id, MockHttpSession editor) throws Exception {
		mvc.perform(post("/manage/datasets/new").session(editor).with(csrf())
			.param("_version", "0")
			.param("_id", id)
			.param("title.es[0]", "Historia original st")
			.param("description.es[0]", "Un conjunto para ver su historial.")
			.param("publisher[0]", SALUD)
			.param("_save", "1"))
			.andExpect(redirectedUrl("/manage/datasets/" + id));
		MultiValueMap<String, String> form = formData(page(open("/manage/datasets/" + id + "/edit", editor)));
		form.set("title.es[0]", "Historia cambiada st");
		mvc.perform(post("/manage/datasets/" + id + "/edit").session(editor).with(csrf()).params(form).param("_save", "1"))
			.andExpect(redirectedUrl("/manage/datasets/" + id));
		mvc.perform(post("/manage/datasets/" + id + "/publish").session(as("coordinadora")).with(csrf()))
			.andExpect(redirectedUrl("/manage/datasets/" + id));
	}

	/** The diff row of a field (by its label) in one change. */
	private static Element row(Element change, String field) {
		return change.select("table.diff tbody tr").stream()
			.filter((tr) -> tr.selectFirst("th") != null && tr.selectFirst("th").text().contains(field))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + field + " in " + change.text()));
	}

	@Test
	void theHistoryShowsWhoDidWhatAndTheTitleBeforeAndAfter() throws Exception {
		MockHttpSession editor = as("editor-salud");
		createEditAndPublish("st-historia", editor);

		Elements changes = page(open("/manage/datasets/st-historia/history", editor)).select("li.change");
		assertThat(changes).hasSize(3);
		assertThat(changes.eachText()).satisfiesExactly(
				(t) -> assertThat(t).contains("Publicado", "Versión 3", "coordinadora"),
				(t) -> assertThat(t).contains("Editado", "Versión 2", "editor-salud"),
				(t) -> assertThat(t).contains("Creado", "Versión 1", "editor-salud"));
		// values carry their language: a title may be written in several
		Element title = row(changes.get(1), "Título");
		assertThat(title.select("del").eachText()).containsExactly("Historia original st (es)");
		assertThat(title.select("ins").eachText()).containsExactly("Historia cambiada st (es)");
		assertThat(changes.get(1).select("table.diff tbody tr")).hasSize(1);
		assertThat(changes.get(0).selectFirst(".muted").text()).isEqualTo("Sin cambios en los campos.");
		assertThat(row(changes.get(2), "Título").select("ins").eachText()).containsExactly("Historia original st (es)");

		Elements english = page(open("/manage/datasets/st-historia/history?lang=en", editor)).select("li.change");
		assertThat(english.eachText()).satisfiesExactly(
				(t) -> assertThat(t).contains("Published", "Version 3"),
				(t) -> assertThat(t).contains("Edited", "Version 2"),
				(t) -> assertThat(t).contains("Created", "Version 1"));
		assertThat(row(english.get(1), "Title").select("ins").eachText()).containsExactly("Historia cambiada st (es)");
		assertThat(english.text()).doesNotContain("Editado", "Creado");
	}

	@Test
	void aVersionPageListsItsFieldsAndRestoringItMakesANewDraft() throws Exception {
		MockHttpSession editor = as("editor-salud");
		createEditAndPublish("st-restaurar", editor);

		Document version = page(open("/manage/datasets/st-restaurar/history/1", editor));
		assertThat(version.selectFirst("h1").text()).isEqualTo("Versión 1");
		List<String> rows = version.select("table.diff tbody tr").eachText();
		assertThat(rows).anySatisfy((r) -> assertThat(r).contains("Título", "Historia original st"));
		assertThat(rows).anySatisfy((r) -> assertThat(r).contains("Descripción", "Un conjunto para ver su historial."));
		assertThat(rows).noneSatisfy((r) -> assertThat(r).contains("Historia cambiada st"));
		assertThat(version.select("form[action=/manage/datasets/st-restaurar/history/1/restore]")).hasSize(1);

		mvc.perform(post("/manage/datasets/st-restaurar/history/1/restore").session(editor).with(csrf()))
			.andExpect(redirectedUrl("/manage/datasets/st-restaurar"));
		assertThat(state("st-restaurar").status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(state("st-restaurar").version()).isEqualTo(4);
		assertThat(state("st-restaurar").publishedVersion()).isEqualTo(3);
		assertThat(title("st-restaurar")).isEqualTo("Historia original st");
		List<HistoryEntry> history = records.history(dataset("st-restaurar"));
		assertThat(history.get(history.size() - 1).action()).isEqualTo(HistoryEntry.RESTORE);
		assertThat(history.get(history.size() - 1).actor()).isEqualTo("editor-salud");
		assertThat(page(open("/manage/datasets/st-restaurar/history", editor)).selectFirst("li.change").text())
			.contains("Restaurada una versión anterior");
	}

	@Test
	void versionsOutsideTheHistoryAreBadRequestsAndOtherOrganizationsMayNotRestore() throws Exception {
		seed("st-version-ajena", "Versión ajena st", SALUD, RecordStatus.DRAFT);
		seed("st-version-ajena", "Versión ajena dos st", SALUD, RecordStatus.DRAFT);
		MockHttpSession editor = as("editor-salud");
		mvc.perform(open("/manage/datasets/st-version-ajena/history/0", editor)).andExpect(status().isBadRequest());
		mvc.perform(open("/manage/datasets/st-version-ajena/history/3", editor)).andExpect(status().isBadRequest());
		mvc.perform(post("/manage/datasets/st-version-ajena/history/3/restore").session(editor).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/manage/datasets/st-version-ajena/history/1/restore").session(as("editor-finanzas")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/datasets/st-version-ajena/history/1/restore").session(editor))
			.andExpect(status().isForbidden());
		assertThat(state("st-version-ajena").version()).isEqualTo(2);
		assertThat(title("st-version-ajena")).isEqualTo("Versión ajena dos st");
	}

	@Test
	void restoringAVersionOfAnotherOrganizationIsRefused() throws Exception {
		seed("st-restaurar-ajena", "Era de finanzas st", FINANZAS, RecordStatus.DRAFT);
		seed("st-restaurar-ajena", "Ahora de salud st", SALUD, RecordStatus.DRAFT);
		MockHttpSession editor = as("editor-salud");
		assertThat(page(open("/manage/datasets/st-restaurar-ajena/history/1", editor)).select("form.restore")).as("no restore button").isEmpty();
		mvc.perform(post("/manage/datasets/st-restaurar-ajena/history/1/restore").session(editor).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(state("st-restaurar-ajena").version()).isEqualTo(2);
		assertThat(state("st-restaurar-ajena").summary().publisher()).isEqualTo(SALUD);
	}

}
