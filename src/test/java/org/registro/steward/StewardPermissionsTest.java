package org.registro.steward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.registro.account.AccountService;
import org.registro.account.MemberService;
import org.registro.record.RecordStatus;
import org.registro.security.OrgRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.MultiValueMap;

/** Who may do what on the stewards' pages: every refusal is a 403 and changes nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class StewardPermissionsTest extends StewardPages {

	@Autowired
	AccountService accounts;

	@Autowired
	MemberService members;

	@Test
	void anEditorCannotOpenOrSaveTheFormOfAnotherOrganizationsDataset() throws Exception {
		seed("st-de-salud", "Dataset de salud st", SALUD, RecordStatus.DRAFT);
		// the form as salud's editor would send it, but with finanzas as publisher
		MultiValueMap<String, String> form = formData(page(open("/manage/datasets/st-de-salud/edit", as("editor-salud"))));
		form.set("publisher[0]", FINANZAS);
		form.set("title.es[0]", "Robado por finanzas st");
		MockHttpSession finanzas = as("editor-finanzas");

		mvc.perform(open("/manage/datasets/st-de-salud/edit", finanzas)).andExpect(status().isForbidden());
		mvc.perform(post("/manage/datasets/st-de-salud/edit").session(finanzas).with(csrf()).params(form).param("_save", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/datasets/st-de-salud/edit").session(finanzas).with(csrf()).params(form).param("_add", "distribution"))
			.andExpect(status().isForbidden());
		assertThat(state("st-de-salud").version()).isEqualTo(1);
		assertThat(state("st-de-salud").summary().publisher()).isEqualTo(SALUD);
		assertThat(title("st-de-salud")).isEqualTo("Dataset de salud st");
	}

	@Test
	void anEditorCannotCreateADatasetForAnotherOrganization() throws Exception {
		mvc.perform(post("/manage/datasets/new").session(as("editor-finanzas")).with(csrf())
			.param("_version", "0")
			.param("title.es[0]", "Intruso en salud st")
			.param("description.es[0]", "Un conjunto que finanzas no puede crear para salud.")
			.param("publisher[0]", SALUD)
			.param("_save", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Solo puede elegir una organización en la que edita")));
		assertThat(records.state(dataset("intruso-en-salud-st"))).isEmpty();
	}

	@Test
	void anEditorCannotMoveTheirDatasetToAnotherOrganization() throws Exception {
		seed("st-de-finanzas", "Dataset de finanzas st", FINANZAS, RecordStatus.DRAFT);
		MockHttpSession finanzas = as("editor-finanzas");
		Document edit = page(open("/manage/datasets/st-de-finanzas/edit", finanzas));
		MultiValueMap<String, String> form = formData(edit);
		assertThat(form.getFirst("publisher[0]")).isEqualTo(FINANZAS);
		// the list offers only finanzas; a hand-made request names salud anyway
		assertThat(named(edit, "publisher[0]").select("option[value=" + SALUD + "]")).isEmpty();
		form.set("publisher[0]", SALUD);
		// refused next to the publisher field, the form kept (a 403 page would lose it)
		Document refused = html(mvc.perform(post("/manage/datasets/st-de-finanzas/edit").session(finanzas).with(csrf()).params(form)
			.param("_save", "1"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(refused.selectFirst("[data-field='publisher'] .problem.violation").text()).contains("Solo puede elegir");
		assertThat(state("st-de-finanzas").version()).isEqualTo(1);
		assertThat(state("st-de-finanzas").summary().publisher()).isEqualTo(FINANZAS);
	}

	@Test
	void anEditorCannotPublishOrSendBackAndSeesNoButtonForIt() throws Exception {
		seed("st-revision-editor", "En revisión st", SALUD, RecordStatus.IN_REVIEW);
		MockHttpSession editor = as("editor-salud");
		mvc.perform(post("/manage/datasets/st-revision-editor/publish").session(editor).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/manage/datasets/st-revision-editor/return").session(editor).with(csrf()).param("comment", "Yo mismo"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/datasets/st-revision-editor/withdraw").session(editor).with(csrf())).andExpect(status().isForbidden());
		assertThat(state("st-revision-editor").status()).isEqualTo(RecordStatus.IN_REVIEW);
		assertThat(state("st-revision-editor").version()).isEqualTo(1);
		mvc.perform(get("/dataset/st-revision-editor").accept("text/html")).andExpect(status().isNotFound());

		Document page = page(open("/manage/datasets/st-revision-editor", editor));
		assertThat(page.select("form[action=/manage/datasets/st-revision-editor/publish]")).isEmpty();
		assertThat(page.select("form[action=/manage/datasets/st-revision-editor/return]")).isEmpty();
		assertThat(page.select("form[action=/manage/datasets/st-revision-editor/withdraw]")).isEmpty();
		assertThat(page.select("a[href=/manage/datasets/st-revision-editor/edit]")).hasSize(1);
		// the same page for a coordinator has the buttons: the absence above is about the person
		Document coordinator = page(open("/manage/datasets/st-revision-editor", as("coordinadora")));
		assertThat(coordinator.select("form[action=/manage/datasets/st-revision-editor/publish]")).hasSize(1);
		assertThat(coordinator.select("form[action=/manage/datasets/st-revision-editor/return]")).hasSize(1);
	}

	@Test
	void aMemberSeesTheRecordButCannotEditIt() throws Exception {
		if (accounts.find("st-miembro").isEmpty()) {
			accounts.create("st-miembro", "contraseña-de-miembro", "Miembro de Salud", "st-miembro@example.org");
			members.setRole("salud", "st-miembro", OrgRole.MEMBER);
		}
		seed("st-para-miembro", "Visible para miembros st", SALUD, RecordStatus.DRAFT);
		MockHttpSession member = as("st-miembro", "contraseña-de-miembro");

		Document page = page(open("/manage/datasets/st-para-miembro", member));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Visible para miembros st");
		assertThat(page.select("a[href=/manage/datasets/st-para-miembro/edit]")).isEmpty();
		assertThat(page.select("form[action=/manage/datasets/st-para-miembro/submit]")).isEmpty();
		assertThat(page.select("a[href=/manage/datasets/st-para-miembro/history]")).hasSize(1);
		mvc.perform(open("/manage/datasets/st-para-miembro/history", member)).andExpect(status().isOk());
		mvc.perform(open("/manage/datasets/st-para-miembro/edit", member)).andExpect(status().isForbidden());
		mvc.perform(post("/manage/datasets/st-para-miembro/submit").session(member).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(open("/manage/datasets/new", member)).andExpect(status().isForbidden());
		assertThat(state("st-para-miembro").status()).isEqualTo(RecordStatus.DRAFT);
		// and someone of another organization may not even read it
		mvc.perform(open("/manage/datasets/st-para-miembro", as("editor-finanzas"))).andExpect(status().isForbidden());
		mvc.perform(open("/manage/datasets/st-para-miembro/history", as("editor-finanzas"))).andExpect(status().isForbidden());
	}

	@Test
	void aWorkflowPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		seed("st-csrf", "Sin token st", SALUD, RecordStatus.IN_REVIEW);
		MockHttpSession coordinator = as("coordinadora");
		mvc.perform(post("/manage/datasets/st-csrf/publish").session(coordinator)).andExpect(status().isForbidden());
		mvc.perform(post("/manage/datasets/st-csrf/publish").session(coordinator).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		assertThat(state("st-csrf").status()).isEqualTo(RecordStatus.IN_REVIEW);
		mvc.perform(get("/dataset/st-csrf").accept("text/html")).andExpect(status().isNotFound());
		// with the token the same person may: the refusal was the missing token
		mvc.perform(post("/manage/datasets/st-csrf/publish").session(coordinator).with(csrf()))
			.andExpect(redirectedUrl("/manage/datasets/st-csrf"));
		assertThat(state("st-csrf").status()).isEqualTo(RecordStatus.PUBLISHED);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		seed("st-anonimo", "Anónimo st", SALUD, RecordStatus.DRAFT);
		mvc.perform(get("/manage/datasets/st-anonimo")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/manage/datasets/st-anonimo/edit")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/manage/datasets/st-anonimo/submit").with(csrf())).andExpect(redirectedUrl("/login"));
		assertThat(state("st-anonimo").status()).isEqualTo(RecordStatus.DRAFT);
	}

}
