package org.registro.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.registro.history.Diffs.DENGUE;
import static org.registro.history.Diffs.fixture;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.history.FieldChange.Kind;
import org.registro.vocabulary.ADMS;

/** Diffs of two Turtle versions of one dataset (v1.ttl, v2.ttl), in Spanish and English. */
class VersionDiffTest {

	private static final Locale ES = Locale.forLanguageTag("es");

	private static VersionDiff versionDiff;

	private static Graph v1;

	private static Graph v2;

	@BeforeAll
	static void load(@TempDir Path dir) {
		versionDiff = Diffs.versionDiff(dir);
		v1 = fixture("v1.ttl");
		v2 = fixture("v2.ttl");
	}

	private static List<FieldChange> diff(Graph before, Graph after, Locale locale) {
		return versionDiff.diff(before, after, DENGUE, locale);
	}

	private static FieldChange row(List<FieldChange> rows, String subject, String field) {
		return rows.stream().filter((r) -> r.subject().equals(subject) && r.field().equals(field)).findFirst()
			.orElseThrow(() -> new AssertionError("no row " + subject + " / " + field + " in " + rows));
	}

	@Test
	void aTitleChangedInSpanishIsOneChangedRowWithBothLanguages() {
		FieldChange title = row(diff(v1, v2, ES), "Conjunto de datos", "Título");
		assertThat(title.kind()).isEqualTo(Kind.CHANGED);
		assertThat(title.before()).containsExactly("Casos de dengue 2024 (es)", "Dengue cases 2024 (en)");
		assertThat(title.after()).containsExactly("Casos de dengue 2024, semanal (es)", "Dengue cases 2024 (en)");
		assertThat(title.wholeItem()).isFalse();
	}

	@Test
	void keywordsWhereThereWereNoneAreAdded() {
		FieldChange keywords = row(diff(v1, v2, ES), "Conjunto de datos", "Palabras clave");
		assertThat(keywords.kind()).isEqualTo(Kind.ADDED);
		assertThat(keywords.before()).isEmpty();
		assertThat(keywords.after()).containsExactly("arbovirosis (es)", "dengue (es)");
	}

	@Test
	void aDistributionAddedOrRemovedAsAWholeIsOneRow() {
		List<FieldChange> added = diff(v1, v2, ES).stream().filter((r) -> r.subject().equals("CSV 2024")).toList();
		assertThat(added).extracting(FieldChange::kind, FieldChange::field, FieldChange::after, FieldChange::wholeItem)
			.containsExactly(tuple(Kind.ADDED, "Distribución añadida", List.of("CSV 2024"), true));

		List<FieldChange> removed = diff(v2, v1, ES).stream().filter((r) -> r.subject().equals("CSV 2024")).toList();
		assertThat(removed).extracting(FieldChange::kind, FieldChange::field, FieldChange::before, FieldChange::wholeItem)
			.containsExactly(tuple(Kind.REMOVED, "Distribución eliminada", List.of("CSV 2024"), true));
	}

	@Test
	void aDistributionsFormatChangeIsShownUnderItsTitleWithTheFormatsLabels() {
		FieldChange format = row(diff(v1, v2, ES), "Datos diarios", "Formato");
		assertThat(format.kind()).isEqualTo(Kind.CHANGED);
		assertThat(format.before()).containsExactly("CSV");
		assertThat(format.after()).containsExactly("JSON");
	}

	@Test
	void propertiesAreNamedByTheShapeOfTheSubjectsClass() {
		List<FieldChange> rows = diff(v1, v2, ES);
		// dct:conformsTo is "cumple con" for a dataset and "esquemas vinculados" for a distribution.
		assertThat(row(rows, "Conjunto de datos", "Cumple con").after()).containsExactly("https://example.org/norma-vigilancia");
		assertThat(row(rows, "Datos diarios", "Esquemas vinculados").after()).containsExactly("https://example.org/esquema-dengue.json");
		// No shape has dct:bibliographicCitation: its prefixed name.
		assertThat(row(rows, "Conjunto de datos", "dct:bibliographicCitation").after()).containsExactly("Secretaría de Salud (2024)");
	}

	@Test
	void themesAreShownByTheirLabelInTheReadersLanguage() {
		FieldChange es = row(diff(v1, v2, ES), "Conjunto de datos", "Tema");
		assertThat(es.kind()).isEqualTo(Kind.CHANGED);
		assertThat(es.before()).containsExactly("Salud");
		assertThat(es.after()).containsExactly("Población y sociedad", "Salud");

		FieldChange en = row(diff(v1, v2, Locale.ENGLISH), "Dataset", "Theme");
		assertThat(en.before()).containsExactly("Health");
		assertThat(en.after()).containsExactly("Health", "Population and society");
	}

	@Test
	void aNestedNodeIsComparedUnderItsFieldNotByItsHashedIri() {
		List<FieldChange> rows = diff(v1, v2, ES);
		assertThat(rows).filteredOn((r) -> r.subject().equals("Punto de contacto") || r.field().equals("Punto de contacto"))
			.extracting(FieldChange::subject, FieldChange::field, FieldChange::kind, FieldChange::before, FieldChange::after)
			.containsExactly(tuple("Punto de contacto", "Correo electrónico", Kind.CHANGED, List.of("mailto:epidemiologia@salud.example.org"),
					List.of("mailto:vigilancia@salud.example.org")));
	}

	@Test
	void rowsComeMainResourceFirstInShapeOrderThenNestedPartsThenDistributions() {
		assertThat(diff(v1, v2, ES)).extracting(FieldChange::subject, FieldChange::field)
			.containsExactly(tuple("Conjunto de datos", "Título"), tuple("Conjunto de datos", "Palabras clave"),
					tuple("Conjunto de datos", "Tema"), tuple("Conjunto de datos", "Cumple con"),
					tuple("Conjunto de datos", "dct:bibliographicCitation"), tuple("Punto de contacto", "Correo electrónico"),
					tuple("CSV 2024", "Distribución añadida"), tuple("Datos diarios", "Formato"), tuple("Datos diarios", "Esquemas vinculados"));
	}

	@Test
	void theCatalogRecordsBookkeepingIsIgnored() {
		Graph rewritten = copy(v1);
		Node record = NodeFactory.createURI(DENGUE.getURI() + "/record");
		rewritten.remove(record, DCTerms.modified.asNode(), Node.ANY);
		rewritten.remove(record, DCTerms.issued.asNode(), Node.ANY);
		rewritten.remove(record, ADMS.status.asNode(), Node.ANY);
		rewritten.add(record, DCTerms.modified.asNode(), NodeFactory.createLiteralDT("2026-03-01T12:00:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
		rewritten.add(record, ADMS.status.asNode(), ADMS.Updated.asNode());
		assertThat(rewritten.isIsomorphicWith(v1)).as("the fixture really differs").isFalse();
		assertThat(diff(v1, rewritten, ES)).isEmpty();
		assertThat(diff(v1, v2, ES)).noneMatch((r) -> r.subject().equals("Registro del catálogo"));
	}

	@Test
	void identicalGraphsHaveNoChanges() {
		assertThat(diff(v1, fixture("v1.ttl"), ES)).isEmpty();
		assertThat(diff(v2, copy(v2), Locale.ENGLISH)).isEmpty();
	}

	private static Graph copy(Graph g) {
		Graph out = GraphFactory.createDefaultGraph();
		g.find().forEachRemaining((Triple t) -> out.add(t));
		return out;
	}

}
