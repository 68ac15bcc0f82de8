package org.registro.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.validation.Problem;
import org.registro.validation.ProblemDescriber;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class FormFragmentTest {

	private static final String FINANZAS = "http://localhost:8080/publisher/finanzas";

	private final FormBinder binder = new FormBinder();

	private final FormSpec spec = Forms.dataset();

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages-form");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	private Document render(FormValues values, Map<String, List<Problem>> problems, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("spec", spec);
		context.setVariable("values", values);
		context.setVariable("problems", problems);
		context.setVariable("options", Map.of(FINANZAS, "Secretaría de Finanzas"));
		return Jsoup.parse(engine().process("form-test", context));
	}

	/** The fixture without a title, as the form shows it after a failed save. */
	private Document untitled(Locale locale) {
		Graph record = Rdf.parse(Fixtures.datasetWithoutTitle(), Lang.TURTLE);
		Node subject = NodeFactory.createURI(RegistryTest.BASE + "/");
		FormValues values = binder.fromGraph(record, subject, spec);
		List<Problem> problems = new ProblemDescriber().describe(Forms.validator().validate(record).report().getEntries(), locale);
		return render(values, binder.problemsByField(problems, values, subject), locale);
	}

	@Test
	void everyInputHasALabelAndTheTitleProblemIsNextToTheTitle() {
		Document doc = untitled(Locale.of("es"));
		for (Element input : doc.select("input:not([type=hidden]), select, textarea")) {
			boolean labelled = !doc.select("label[for=" + cssId(input.id()) + "]").isEmpty() || input.hasAttr("aria-label");
			assertThat(labelled).as("label for %s", input.attr("name")).isTrue();
			assertThat(input.id()).isEqualTo("f-" + input.attr("name"));
		}
		Element title = doc.getElementById("f-title.es[0]");
		assertThat(doc.selectFirst("label[for=" + cssId(title.id()) + "]").text()).isEqualTo("título (español)");
		assertThat(title.attr("aria-required")).isEqualTo("true");
		Element hint = doc.getElementById(title.attr("aria-describedby"));
		assertThat(hint.text()).isEqualTo("Nombre del conjunto de datos.");
		Element field = doc.selectFirst(".form-field[data-field=title]");
		Element problem = field.selectFirst(".form-problems li.problem.violation");
		assertThat(problem.attr("role")).isEqualTo("alert");
		assertThat(problem.text()).startsWith("Error:").contains("título").doesNotContain("http");
		assertThat(doc.select("li.problem").eachText()).noneMatch((t) -> t.contains("w3id.org/registro/shapes"));
		// warnings are shown in words, not as alerts
		assertThat(doc.select("li.problem.warning")).isNotEmpty().allMatch((li) -> !li.hasAttr("role") && li.text().startsWith("Aviso:"));
	}

	@Test
	void sectionsNestedItemsChoicesAndPublishersInSpanish() {
		Document doc = untitled(Locale.of("es"));
		assertThat(doc.select("form > fieldset.form-section > legend").eachText()).containsExactly("Obligatorio", "Recomendado");
		assertThat(doc.selectFirst("form > details.form-section > summary").text()).isEqualTo("Opcional");
		assertThat(doc.selectFirst("form > details.form-section").hasAttr("open")).isFalse();
		Element item = doc.selectFirst("fieldset.form-item[data-item=distribution[0]]");
		assertThat(item.selectFirst("legend").text()).isEqualTo("Distribución 1");
		assertThat(item.selectFirst("input[type=hidden][name=distribution[0]._node]").val()).startsWith("_:");
		assertThat(item.select("> button[name=_remove]").first().val()).isEqualTo("distribution[0]");
		Element theme = doc.getElementById("f-theme[0]");
		assertThat(theme.selectFirst("option[selected]").text()).isEqualTo("Gobierno y sector público");
		assertThat(theme.select("option").eachText()).contains("Economía y finanzas");
		assertThat(doc.getElementById("f-language[0]").hasAttr("data-filter")).isTrue();
		assertThat(theme.hasAttr("data-filter")).isFalse();
		assertThat(doc.getElementById("f-publisher[0]").selectFirst("option[selected]").text()).isEqualTo("Secretaría de Finanzas");
		assertThat(doc.select("button[name=_add]").eachAttr("value")).contains("keyword.es", "distribution", "theme");
		assertThat(doc.getElementById("f-issued[0]").attr("type")).isEqualTo("date");
	}

	@Test
	void englishLabels() {
		Document doc = untitled(Locale.ENGLISH);
		assertThat(doc.select("form > fieldset.form-section > legend").eachText()).containsExactly("Mandatory", "Recommended");
		assertThat(doc.selectFirst("label[for=" + cssId("f-title.en[0]") + "]").text()).isEqualTo("title (English)");
		assertThat(doc.getElementById("f-theme[0]").selectFirst("option[selected]").text()).isEqualTo("Government and public sector");
		assertThat(doc.selectFirst(".form-field[data-field=title] li.problem").text()).startsWith("Error:").contains("title");
	}

	@Test
	void anInputErrorIsShownWithTheTextAsTyped() {
		Map<String, String[]> params = new LinkedHashMap<>();
		params.put("title.es[0]", new String[] { "T" });
		params.put("landingPage[0]", new String[] { "www.ejemplo.gob.mx" });
		Document doc = render(binder.fromParams(params, spec), null, Locale.of("es"));
		Element input = doc.getElementById("f-landingPage[0]");
		assertThat(input.val()).isEqualTo("www.ejemplo.gob.mx");
		assertThat(input.attr("aria-invalid")).isEqualTo("true");
		Element error = doc.getElementById("e-landingPage[0]");
		assertThat(error.attr("role")).isEqualTo("alert");
		assertThat(error.text()).contains("https://");
		assertThat(input.attr("aria-describedby")).contains("e-landingPage[0]");
		// the optional section holding it is open
		assertThat(input.parents().select("details").first().hasAttr("open")).isTrue();
	}

	@Test
	void whatTheRenderedFormSubmitsRebuildsTheRecord() throws IOException {
		Graph original = FormBinderTest.load(new PathMatchingResourcePatternResolver().getResource("classpath:demo/datasets/accidentes-viales-2024.ttl"));
		Node subject = FormBinderTest.dataset(original);
		Document doc = render(binder.fromGraph(original, subject, spec), null, Locale.of("es"));
		Map<String, String[]> params = new LinkedHashMap<>();
		((FormElement) doc.selectFirst("form")).formData().forEach((kv) -> params.merge(kv.key(), new String[] { kv.value() },
				(a, b) -> java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new)));
		FormValues submitted = binder.fromParams(params, spec);
		assertThat(submitted.errors()).isEmpty();
		assertThat(binder.toGraph(submitted, spec, subject, original).isIsomorphicWith(original)).isTrue();
	}

	private static String cssId(String id) {
		return "\"" + id + "\"";
	}

}
