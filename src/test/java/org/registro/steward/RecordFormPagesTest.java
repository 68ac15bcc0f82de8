package org.registro.steward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.registro.record.RecordStatus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

/** Creating and editing datasets in the form: what is kept, what is stored, and in which status. */
@SpringBootTest
@AutoConfigureMockMvc
class RecordFormPagesTest extends StewardPages {

	private MockHttpServletRequestBuilder newDataset(MockHttpSession session, String title) {
		return post("/manage/datasets/new").session(session).with(csrf()).accept("text/html")
			.param("_version", "0")
			.param("title.es[0]", title)
			.param("title.en[0]", "")
			.param("description.es[0]", "Descripción escrita a mano para la prueba.")
			.param("publisher[0]", SALUD)
			.param("distribution[0].accessURL[0]", "https://example.org/st/camas.csv");
	}

	@Test
	void anEmptyTitleIsRefusedNextToTheTitleWithEverythingTypedKeptAndNothingStored() throws Exception {
		String wouldBe = RecordIds.fromTitle("", (id) -> records.state(dataset(id)).isPresent());
		Document page = html(mvc.perform(newDataset(as("editor-salud"), "").param("_save", "1"))
			.andExpect(status().is(422))
			.andReturn());

		assertThat(named(page, "description.es[0]").val()).isEqualTo("Descripción escrita a mano para la prueba.");
		assertThat(named(page, "distribution[0].accessURL[0]").val()).isEqualTo("https://example.org/st/camas.csv");
		assertThat(named(page, "publisher[0]").selectFirst("option[selected]").val()).isEqualTo(SALUD);
		assertThat(named(page, "title.es[0]").val()).isEmpty();

		Element title = page.selectFirst("[data-field=title]");
		assertThat(title.select(".problem.violation").text()).contains("El conjunto de datos necesita un título");
		assertThat(title.select(".problem.violation").attr("role")).isEqualTo("alert");
		assertThat(page.selectFirst("[data-field=description]").select(".problem")).isEmpty();
		assertThat(page.selectFirst("#form-error").text()).startsWith("No se guardó");

		assertThat(records.state(dataset(wouldBe))).isEmpty();
	}

	@Test
	void aCorrectFormIsStoredAsADraftOfTheOrganizationUnderAnIdFromItsTitle() throws Exception {
		mvc.perform(newDataset(as("editor-salud"), "Camas de hospital (St) 2026").param("_save", "1"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/manage/datasets/camas-de-hospital-st-2026"))
			.andExpect(flash().attribute("notice", "Borrador guardado."));
		assertThat(state("camas-de-hospital-st-2026").status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(state("camas-de-hospital-st-2026").summary().publisher()).isEqualTo(SALUD);
		assertThat(title("camas-de-hospital-st-2026")).isEqualTo("Camas de hospital (St) 2026");
		assertThat(records.history(dataset("camas-de-hospital-st-2026")).get(0).actor()).isEqualTo("editor-salud");

		mvc.perform(newDataset(as("editor-salud"), "Camas de hospital (St) 2026").param("_submit", "1"))
			.andExpect(redirectedUrl("/manage/datasets/camas-de-hospital-st-2026-2"));
		assertThat(state("camas-de-hospital-st-2026-2").status()).isEqualTo(RecordStatus.IN_REVIEW);
	}

	@Test
	void addingADistributionWithoutJavaScriptShowsANewEmptyOneAndStoresNothing() throws Exception {
		Document page = html(mvc.perform(newDataset(as("editor-salud"), "Distribución añadida st").param("_add", "distribution"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.getElementsByAttributeValue("data-item", "distribution[0]")).hasSize(1);
		assertThat(page.getElementsByAttributeValue("data-item", "distribution[1]")).hasSize(1);
		assertThat(named(page, "distribution[0].accessURL[0]").val()).isEqualTo("https://example.org/st/camas.csv");
		assertThat(named(page, "distribution[1].accessURL[0]").val()).isEmpty();
		assertThat(named(page, "title.es[0]").val()).isEqualTo("Distribución añadida st");
		assertThat(page.select("#form-error")).isEmpty();
		assertThat(records.state(dataset("distribucion-anadida-st"))).isEmpty();
	}

	@Test
	void editingAPublishedRecordMakesADraftWhileThePublicPageKeepsThePublishedTitle() throws Exception {
		seed("st-publicado", "Título publicado st", SALUD, RecordStatus.PUBLISHED);
		MockHttpSession editor = as("editor-salud");
		MultiValueMap<String, String> form = formData(page(open("/manage/datasets/st-publicado/edit", editor)));
		assertThat(form.getFirst("title.es[0]")).isEqualTo("Título publicado st");
		form.set("title.es[0]", "Título nuevo st");
		mvc.perform(post("/manage/datasets/st-publicado/edit").session(editor).with(csrf()).params(form).param("_save", "1"))
			.andExpect(redirectedUrl("/manage/datasets/st-publicado"));

		assertThat(state("st-publicado").status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(state("st-publicado").version()).isEqualTo(2);
		assertThat(state("st-publicado").publishedVersion()).isEqualTo(1);
		assertThat(title("st-publicado")).isEqualTo("Título nuevo st");
		String publicPage = mvc.perform(get("/dataset/st-publicado").accept("text/html"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(publicPage).contains("Título publicado st").doesNotContain("Título nuevo st");
		assertThat(page(open("/manage/datasets/st-publicado", editor)).text()).contains("La versión publicada anterior sigue visible");
	}

	@Test
	void aSaveOverSomeoneElsesNewerVersionIs409WithTheTypedValuesKept() throws Exception {
		seed("st-obsoleto", "Primera versión st", SALUD, RecordStatus.DRAFT);
		MockHttpSession editor = as("editor-salud");
		MultiValueMap<String, String> form = formData(page(open("/manage/datasets/st-obsoleto/edit", editor)));
		assertThat(form.getFirst("_version")).isEqualTo("1");
		seed("st-obsoleto", "Cambio de otra persona st", SALUD, RecordStatus.DRAFT);

		form.set("title.es[0]", "Mi cambio st");
		form.set("description.es[0]", "Mi descripción st");
		Document page = html(mvc.perform(post("/manage/datasets/st-obsoleto/edit").session(editor).with(csrf()).params(form)
			.param("_save", "1"))
			.andExpect(status().isConflict())
			.andReturn());
		assertThat(named(page, "title.es[0]").val()).isEqualTo("Mi cambio st");
		assertThat(named(page, "description.es[0]").val()).isEqualTo("Mi descripción st");
		assertThat(page.selectFirst("#form-error").text()).contains("Otra persona guardó este registro");
		assertThat(state("st-obsoleto").version()).isEqualTo(2);
		assertThat(title("st-obsoleto")).isEqualTo("Cambio de otra persona st");

		// Having been told, saving again replaces the other version (which stays in the history).
		MultiValueMap<String, String> again = formData(page);
		assertThat(again.getFirst("_version")).isEqualTo("2");
		mvc.perform(post("/manage/datasets/st-obsoleto/edit").session(editor).with(csrf()).params(again).param("_save", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(title("st-obsoleto")).isEqualTo("Mi cambio st");
		assertThat(state("st-obsoleto").version()).isEqualTo(3);
	}

	@Test
	void aDatasetWithoutAPublisherIsRefusedNextToThePublisherFieldWithEverythingKept() throws Exception {
		MockHttpSession editor = as("editor-salud");
		MultiValueMap<String, String> form = formData(page(open("/manage/datasets/new", editor)));
		form.set("title.es[0]", "Sin publicador st");
		form.set("description.es[0]", "Descripción sin publicador st");
		form.set("publisher[0]", "");
		Document page = html(mvc.perform(post("/manage/datasets/new").session(editor).with(csrf()).params(form).param("_save", "1"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(page.selectFirst("[data-field='publisher'] .problem.violation").text()).contains("Elija la organización");
		assertThat(named(page, "title.es[0]").val()).isEqualTo("Sin publicador st");
		assertThat(records.state(dataset("sin-publicador-st"))).isEmpty();
	}

	@Test
	void theWorkingPagesAreNeverCached() throws Exception {
		MockHttpSession editor = as("editor-salud");
		for (String page : new String[] { "/manage", "/manage/datasets/new" }) {
			mvc.perform(open(page, editor)).andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"));
		}
	}

	@Test
	void aTitleThatIsAPageNameGetsAnotherId() throws Exception {
		MockHttpSession editor = as("editor-salud");
		MultiValueMap<String, String> form = formData(page(open("/manage/datasets/new", editor)));
		form.set("title.es[0]", "New");
		form.set("description.es[0]", "Un título que coincide con la página de alta");
		mvc.perform(post("/manage/datasets/new").session(editor).with(csrf()).params(form).param("_save", "1"))
			.andExpect(redirectedUrl("/manage/datasets/new-2"));
	}

}
