package org.registro.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.registro.support.Services;
import org.registro.vocabulary.RegistroShapes;

class FormSchemasTest {

	private final FormSpec dataset = Forms.dataset();

	private FieldSpec field(FormSpec spec, String key) {
		return spec.field(key).orElseThrow(() -> new AssertionError("no field " + key + " in " + spec.type()));
	}

	@Test
	void datasetFormStartsWithTheMandatorySectionHoldingTitleThenDescription() {
		assertThat(dataset.sections()).extracting(FormSection::group).containsExactly(RegistroShapes.MandatoryGroup.getURI(),
				RegistroShapes.RecommendedGroup.getURI(), RegistroShapes.OptionalGroup.getURI());
		FormSection mandatory = dataset.sections().get(0);
		assertThat(mandatory.label("es")).isEqualTo("Obligatorio");
		assertThat(mandatory.label("en")).isEqualTo("Mandatory");
		assertThat(mandatory.fields()).extracting(FieldSpec::key).startsWith("title", "description");
		FieldSpec title = mandatory.fields().get(0);
		assertThat(title.path()).isEqualTo(DCTerms.title.getURI());
		assertThat(title.kind()).isEqualTo(FieldKind.MULTILINGUAL_TEXT);
		assertThat(title.required()).isTrue();
		assertThat(title.name("es")).isEqualTo("título");
		assertThat(title.name("en")).isEqualTo("title");
		assertThat(title.description("es")).isEqualTo("Nombre del conjunto de datos.");
		assertThat(field(dataset, "description").multiline()).isTrue();
		assertThat(field(dataset, "keyword").kind()).isEqualTo(FieldKind.MULTILINGUAL_TEXT);
	}

	@Test
	void oneFieldPerPathWithWarningAndVocabularyShapesMerged() {
		List<String> paths = dataset.fields().stream().map(FieldSpec::path).toList();
		assertThat(paths).doesNotHaveDuplicates();
		FieldSpec publisher = field(dataset, "publisher");
		assertThat(publisher.kind()).isEqualTo(FieldKind.PUBLISHER);
		assertThat(publisher.required()).isFalse();
		assertThat(publisher.recommended()).isTrue();
		assertThat(publisher.repeatable()).isFalse();
		// the warning shape and the violation shape agree on the section
		assertThat(dataset.sections().get(1).fields()).contains(publisher);
		assertThat(field(dataset, "keyword").repeatable()).isTrue();
	}

	@Test
	void distributionsAreNestedFormsWithTheAccessUrlRequired() {
		FieldSpec distribution = field(dataset, "distribution");
		assertThat(distribution.kind()).isEqualTo(FieldKind.NESTED);
		assertThat(distribution.repeatable()).isTrue();
		assertThat(distribution.nestedType()).isEqualTo(DCAT.Distribution.getURI());
		FieldSpec accessUrl = distribution.nested().sections().get(0).fields().get(0);
		assertThat(accessUrl.key()).isEqualTo("accessURL");
		assertThat(accessUrl.kind()).isEqualTo(FieldKind.URL);
		assertThat(accessUrl.required()).isTrue();
		assertThat(field(distribution.nested(), "byteSize").kind()).isEqualTo(FieldKind.NUMBER);
		assertThat(field(distribution.nested(), "issued").kind()).isEqualTo(FieldKind.DATE);
		assertThat(field(dataset, "temporal").nested().type()).isEqualTo(DCTerms.PeriodOfTime.getURI());
		FieldSpec contact = field(dataset, "contactPoint");
		assertThat(contact.kind()).isEqualTo(FieldKind.NESTED);
		assertThat(field(contact.nested(), "hasEmail").linkSchemes()).containsExactly("mailto");
		assertThat(field(dataset, "landingPage").kind()).isEqualTo(FieldKind.URL);
	}

	@Test
	void themeIsAChoiceOfTheEuDataThemesWithSortedSpanishLabels() {
		FieldSpec theme = field(dataset, "theme");
		assertThat(theme.kind()).isEqualTo(FieldKind.CHOICE);
		Node scheme = NodeFactory.createURI("http://publications.europa.eu/resource/authority/data-theme");
		List<Option> es = theme.options("es");
		assertThat(es).hasSize(Services.vocabularies().graph().find(Node.ANY, SKOS.inScheme.asNode(), scheme).toList().size());
		assertThat(es).contains(new Option("http://publications.europa.eu/resource/authority/data-theme/ECON", "Economía y finanzas"));
		assertThat(es).allMatch((o) -> Services.vocabularies().graph().contains(NodeFactory.createURI(o.value()), SKOS.inScheme.asNode(), scheme));
		List<String> labels = new ArrayList<>(es.stream().map(Option::label).toList());
		labels.sort(Collator.getInstance(Locale.of("es")));
		assertThat(es).extracting(Option::label).containsExactlyElementsOf(labels);
		assertThat(theme.options("en")).contains(new Option("http://publications.europa.eu/resource/authority/data-theme/ECON", "Economy and finance"));
	}

	@Test
	void licenceChoicesComeFromBothLicenceSchemes() {
		FieldSpec licence = field(field(dataset, "distribution").nested(), "license");
		assertThat(licence.kind()).isEqualTo(FieldKind.CHOICE);
		assertThat(licence.options("es")).extracting(Option::value).contains("https://datos.gob.mx/libreusomx",
				"http://publications.europa.eu/resource/authority/licence/CC_BY_4_0");
		assertThat(licence.longList()).isTrue();
	}

	@Test
	void choicesLeaveOutUnlabelledAndDeprecatedConcepts() {
		List<Option> languages = field(dataset, "language").options("es");
		assertThat(languages).contains(new Option("http://publications.europa.eu/resource/authority/language/SPA", "español"))
			.extracting(Option::value).doesNotContain("http://publications.europa.eu/resource/authority/language/SPB");
		assertThat(languages.size()).isLessThan(1000);
	}

	@Test
	void aPropertyShapeAddedToTheShapesAddsAField() {
		assertThat(dataset.fieldByPath(DCTerms.bibliographicCitation.getURI())).isEmpty();
		List<String> shapes = new ArrayList<>(Forms.SHAPES);
		shapes.add("classpath:form/extra-field.ttl");
		FormSpec extended = new FormSchemas(Forms.validator(shapes), Services.vocabularies()).forClass(DCAT.Dataset);
		FieldSpec citation = extended.fieldByPath(DCTerms.bibliographicCitation.getURI()).orElseThrow();
		assertThat(citation.kind()).isEqualTo(FieldKind.TEXT);
		assertThat(citation.name("es")).isEqualTo("cita bibliográfica");
		FieldSpec alternative = extended.fieldByPath(DCTerms.alternative.getURI()).orElseThrow();
		assertThat(alternative.kind()).as("rdf:langString: one input per language").isEqualTo(FieldKind.MULTILINGUAL_TEXT);
		FormSection optional = extended.sections().get(2);
		assertThat(optional.fields()).endsWith(citation, alternative);
		assertThat(extended.fields()).hasSize(dataset.fields().size() + 2);
	}

	@Test
	void aClassWithoutFormShapesHasNoForm() {
		assertThatThrownBy(() -> Forms.schemas().forClass(ResourceFactory.createResource("https://example.org/Nothing")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
