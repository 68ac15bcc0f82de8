package org.registro.steward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.registro.record.RecordStatus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** A dataset's way from an editor's form to the public and out again, through the pages only. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkflowPagesTest extends StewardPages {

	private static final String ID = "flujo-completo-st";

	private static final String PAGE = "/manage/datasets/" + ID;

	/** The dashboard section with this key ({@code review}, {@code drafts}…), or null when not shown. */
	private Element section(MockHttpSession session, String key) throws Exception {
		return page(open("/manage", session)).selectFirst("section[aria-labelledby=h-" + key + "]");
	}

	private int publicStatus() throws Exception {
		return mvc.perform(get("/dataset/" + ID).accept("text/html")).andReturn().getResponse().getStatus();
	}

	@Test
	void aSubmittedDatasetIsReviewedSentBackPublishedAndWithdrawn() throws Exception {
		MockHttpSession editor = as("editor-salud");
		MockHttpSession coordinator = as("coordinadora");
		mvc.perform(post("/manage/datasets/new").session(editor).with(csrf())
			.param("_version", "0")
			.param("title.es[0]", "Flujo completo st")
			.param("description.es[0]", "Un conjunto que recorre todo el flujo de revisión.")
			.param("publisher[0]", SALUD)
			.param("_submit", "1"))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("notice", "Guardado y enviado a revisión."));
		assertThat(state(ID).status()).isEqualTo(RecordStatus.IN_REVIEW);
		assertThat(publicStatus()).isEqualTo(404);

		// the coordinator finds it to review; the editor sees it as sent, with no review list
		Element review = section(coordinator, "review");
		assertThat(review.selectFirst("h2").text()).isEqualTo("Esperan su revisión");
		assertThat(review.select("a[href=" + PAGE + "]").text()).isEqualTo("Flujo completo st");
		assertThat(section(editor, "review")).isNull();
		assertThat(section(editor, "submitted").select("a[href=" + PAGE + "]")).hasSize(1);

		// sending back needs a reason
		long version = state(ID).version();
		MvcResult refused = mvc.perform(post(PAGE + "/return").session(coordinator).with(csrf()).param("comment", "   "))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("error", "Escriba el motivo para devolverlo."))
			.andReturn();
		assertThat(state(ID).status()).isEqualTo(RecordStatus.IN_REVIEW);
		assertThat(state(ID).version()).isEqualTo(version);
		Document shown = page(open(PAGE, coordinator).flashAttrs(refused.getFlashMap()));
		assertThat(shown.selectFirst("[role=alert]").text()).contains("Escriba el motivo para devolverlo.");

		mvc.perform(post(PAGE + "/return").session(coordinator).with(csrf()).param("comment", "Falta la licencia st"))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("notice", "Devuelto a borrador con su comentario."));
		assertThat(state(ID).status()).isEqualTo(RecordStatus.DRAFT);
		Element returned = page(open(PAGE, editor)).selectFirst(".returned");
		assertThat(returned.selectFirst("blockquote").text()).isEqualTo("Falta la licencia st");
		assertThat(returned.text()).contains("Devuelto a borrador por coordinadora");

		// submitted again and published: the public page answers
		Document draftPage = page(open(PAGE, editor));
		assertThat(draftPage.select("form[action=" + PAGE + "/submit]")).hasSize(1);
		mvc.perform(post(PAGE + "/submit").session(editor).with(csrf())).andExpect(redirectedUrl(PAGE));
		assertThat(state(ID).status()).isEqualTo(RecordStatus.IN_REVIEW);
		assertThat(page(open(PAGE, editor)).select(".returned")).isEmpty();
		mvc.perform(post(PAGE + "/publish").session(coordinator).with(csrf()))
			.andExpect(redirectedUrl(PAGE))
			.andExpect(flash().attribute("notice", "Publicado. Ya es visible para todos."));
		assertThat(state(ID).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(publicStatus()).isEqualTo(200);
		assertThat(section(editor, "published").select("a[href=" + PAGE + "]")).hasSize(1);

		// withdrawn: gone for the public, still there for its organization, not editable
		mvc.perform(post(PAGE + "/withdraw").session(coordinator).with(csrf())).andExpect(redirectedUrl(PAGE));
		assertThat(state(ID).status()).isEqualTo(RecordStatus.WITHDRAWN);
		assertThat(publicStatus()).isEqualTo(410);
		MvcResult seen = mvc.perform(open(PAGE, editor)).andExpect(status().isOk()).andReturn();
		Document withdrawn = html(seen);
		assertThat(withdrawn.selectFirst("h1").text()).isEqualTo("Flujo completo st");
		assertThat(withdrawn.selectFirst(".status").text()).isEqualTo("Retirado");
		assertThat(withdrawn.select("a[href=" + PAGE + "/edit]")).isEmpty();
		mvc.perform(open(PAGE + "/edit", editor)).andExpect(status().isConflict());
	}

}
