package org.registro.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.registro.support.Rdf;
import org.registro.validation.Problem;
import org.registro.validation.ProblemDescriber;

/** A report stored as RDF reads back with each message in every language the shape gave. */
class ReportEntriesTest {

	static final String SHAPES = """
			@prefix sh: <http://www.w3.org/ns/shacl#> .
			@prefix dct: <http://purl.org/dc/terms/> .
			@prefix dcat: <http://www.w3.org/ns/dcat#> .
			<https://example.org/shapes#Dataset> a sh:NodeShape ; sh:targetClass dcat:Dataset ;
			  sh:property [ sh:path dct:title ; sh:minCount 1 ;
			    sh:message "Falta el título."@es , "The title is missing."@en ] ;
			  sh:property [ sh:path dct:issued ; sh:maxCount 1 ; sh:severity sh:Warning ;
			    sh:message "Hay más de una fecha de emisión."@es , "There is more than one issue date."@en ] .
			""";

	static final String DATA = """
			@prefix dct: <http://purl.org/dc/terms/> .
			@prefix dcat: <http://www.w3.org/ns/dcat#> .
			<https://uni.example.org/ds/1> a dcat:Dataset ; dct:issued "2020" , "2021" .
			""";

	@Test
	void aStoredReportIsDescribedInTheReadersLanguage() {
		Shapes shapes = Shapes.parse(Rdf.parse(SHAPES, Lang.TURTLE));
		ValidationReport live = ShaclValidator.get().validate(shapes, Rdf.parse(DATA, Lang.TURTLE));
		Graph stored = live.getGraph();
		ProblemDescriber describer = new ProblemDescriber();

		List<Problem> es = describer.describe(ReportEntries.of(stored), Locale.forLanguageTag("es"));
		assertThat(es).extracting(Problem::severity, Problem::path, Problem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("violation", "http://purl.org/dc/terms/title", "Falta el título."),
					org.assertj.core.groups.Tuple.tuple("warning", "http://purl.org/dc/terms/issued", "Hay más de una fecha de emisión."));
		assertThat(es).allSatisfy((p) -> assertThat(p.focusNode()).isEqualTo("https://uni.example.org/ds/1"));

		List<Problem> en = describer.describe(ReportEntries.of(stored), Locale.ENGLISH);
		assertThat(en).extracting(Problem::message).containsExactly("The title is missing.", "There is more than one issue date.");
	}

	@Test
	void aConformingReportHasNoEntries() {
		Shapes shapes = Shapes.parse(Rdf.parse(SHAPES, Lang.TURTLE));
		Graph data = Rdf.parse("<https://uni.example.org/ds/2> a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/title> \"T\" .",
				Lang.TURTLE);
		assertThat(ReportEntries.of(ShaclValidator.get().validate(shapes, data).getGraph())).isEmpty();
	}

}
