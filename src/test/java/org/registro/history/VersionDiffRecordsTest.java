package org.registro.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordStatus;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.support.Services;

/** Diffs of versions that the record service really wrote and rebuilt from its RDF patches. */
class VersionDiffRecordsTest {

	private static final Locale ES = Locale.forLanguageTag("es");

	private static final RecordRef REF = new RecordRef(RecordKind.DATASET, "diff-1");

	@TempDir
	Path dir;

	private Services services;

	private RecordService records;

	private VersionDiff versionDiff;

	@BeforeEach
	void start() {
		services = new Services(dir);
		records = services.records;
		versionDiff = new VersionDiff(services.validator, Services.vocabularies(), Diffs.messages(), (iri, locale) -> java.util.Optional.empty());
		services.publishFinanzas();
	}

	@AfterEach
	void stop() {
		services.close();
	}

	private void put(String title, String contactName, RecordStatus status) {
		String turtle = Fixtures.dataset(title).replace("\"Mesa de ayuda\"", "\"" + contactName + "\"");
		Graph g = Rdf.parse(turtle.getBytes(), Lang.TURTLE, REF.iri(RegistryTest.BASE));
		records.put(REF, g, status, "ana");
	}

	private List<FieldChange> diff(long before, long after) {
		return versionDiff.diff(records.version(REF, before), records.version(REF, after), NodeFactory.createURI(REF.iri(RegistryTest.BASE)), ES);
	}

	@Test
	void aChangeOfStatusAloneShowsNoFieldChange() {
		put("Egresos", "Mesa de ayuda", RecordStatus.DRAFT);
		put("Egresos", "Mesa de ayuda", RecordStatus.PUBLISHED);
		assertThat(records.history(REF)).hasSize(2);
		assertThat(records.version(REF, 1).isIsomorphicWith(records.version(REF, 2))).as("the catalog record changed").isFalse();
		assertThat(diff(1, 2)).isEmpty();
	}

	@Test
	void anEditShowsOnlyWhatTheEditorChanged() {
		put("Egresos", "Mesa de ayuda", RecordStatus.PUBLISHED);
		put("Egresos 2025", "Atención ciudadana", RecordStatus.PUBLISHED);
		assertThat(diff(1, 2)).extracting(FieldChange::subject, FieldChange::field, FieldChange::before, FieldChange::after)
			.containsExactly(tuple("Conjunto de datos", "Título", List.of("Egresos (es)"), List.of("Egresos 2025 (es)")),
					tuple("Punto de contacto", "Nombre", List.of("Mesa de ayuda"), List.of("Atención ciudadana")));
	}

}
