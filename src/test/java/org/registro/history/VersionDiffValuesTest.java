package org.registro.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.registro.history.Diffs.DENGUE;
import static org.registro.history.Diffs.turtle;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.history.FieldChange.Kind;

/** How parts and values are named when the fixtures' happy path does not apply. */
class VersionDiffValuesTest {

	private static final Locale ES = Locale.forLanguageTag("es");

	private static final String PREFIXES = """
			@base <http://localhost:8080/> .
			@prefix dcat: <http://www.w3.org/ns/dcat#> .
			@prefix dct: <http://purl.org/dc/terms/> .
			@prefix foaf: <http://xmlns.com/foaf/0.1/> .
			@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
			""";

	private static VersionDiff versionDiff;

	@BeforeAll
	static void load(@TempDir Path dir) {
		versionDiff = Diffs.versionDiff(dir);
	}

	private static List<FieldChange> diff(String before, String after, Locale locale) {
		return versionDiff.diff(turtle(PREFIXES + before), turtle(PREFIXES + after), DENGUE, locale);
	}

	@Test
	void aDistributionWithoutTitleOrAccessUrlIsCalledByItsNumber() {
		String dataset = """
				<dataset/dengue-2024> a dcat:Dataset ; dcat:distribution <dataset/dengue-2024/distribution/a1>, <dataset/dengue-2024/distribution/b2> .
				<dataset/dengue-2024/distribution/a1> a dcat:Distribution ; dct:title "Datos"@es ; dcat:accessURL <https://example.org/a> .
				<dataset/dengue-2024/distribution/b2> a dcat:Distribution ; dcat:downloadURL <https://example.org/b.csv> ;
				""";
		List<FieldChange> rows = diff(dataset + " dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> .",
				dataset + " dct:format <http://publications.europa.eu/resource/authority/file-type/ZIP> .", ES);
		assertThat(rows).extracting(FieldChange::subject, FieldChange::field, FieldChange::before, FieldChange::after)
			.containsExactly(tuple("Distribución 2", "Formato", List.of("CSV"), List.of("ZIP")));
	}

	@Test
	void aDistributionWithoutATitleInTheReadersLanguageIsCalledByItsAccessUrl() {
		List<FieldChange> rows = versionDiff.diff(Diffs.fixture("v1.ttl"), Diffs.fixture("v2.ttl"), DENGUE, Locale.ENGLISH);
		assertThat(rows).filteredOn(FieldChange::wholeItem)
			.extracting(FieldChange::subject, FieldChange::field)
			.containsExactly(tuple("https://datos.example.org/dengue/2024.csv", "Distribution added"));
	}

	@Test
	void datesAreIsoDatesAndNestedPartsAreNamedByTheirField() {
		String before = """
				<dataset/dengue-2024> a dcat:Dataset ; dct:temporal <dataset/dengue-2024#n1> .
				<dataset/dengue-2024#n1> a dct:PeriodOfTime ; dcat:startDate "2024-01-01"^^xsd:date .
				""";
		String after = before.replace("#n1", "#n2").replace("2024-01-01", "2023-12-31");
		assertThat(diff(before, after, ES)).extracting(FieldChange::subject, FieldChange::field, FieldChange::kind, FieldChange::before, FieldChange::after)
			.containsExactly(tuple("Cobertura temporal", "Fecha de inicio", Kind.CHANGED, List.of("2024-01-01"), List.of("2023-12-31")));
	}

	@Test
	void aPublisherIsShownByTheNameTheGraphGivesItElseByItsIri() {
		String named = """
				<dataset/dengue-2024> a dcat:Dataset ; dct:publisher <publisher/%s> .
				<publisher/salud> foaf:name "Secretaría de Salud"@es, "Ministry of Health"@en .
				""";
		List<FieldChange> rows = diff(named.formatted("finanzas"), named.formatted("salud"), ES);
		assertThat(rows).hasSize(1);
		FieldChange es = rows.get(0);
		assertThat(es.field()).isEqualTo("Publicador");
		assertThat(es.before()).containsExactly("http://localhost:8080/publisher/finanzas");
		assertThat(es.after()).containsExactly("Secretaría de Salud");
		assertThat(diff(named.formatted("finanzas"), named.formatted("salud"), Locale.ENGLISH).get(0).after()).containsExactly("Ministry of Health");
	}

	@Test
	void aRemovedValueLeavesNothingAfter() {
		String before = "<dataset/dengue-2024> a dcat:Dataset ; dcat:keyword \"dengue\"@es, \"salud\"@es ; dcat:version \"1.0\" .";
		String after = "<dataset/dengue-2024> a dcat:Dataset ; dcat:keyword \"dengue\"@es, \"salud\"@es .";
		assertThat(diff(before, after, ES)).extracting(FieldChange::kind, FieldChange::before, FieldChange::after)
			.containsExactly(tuple(Kind.REMOVED, List.of("1.0"), List.of()));
	}

}
