package org.registro.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordStatus;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.support.Services;

/** A request does not wait long for a new dump when it can have the previous one. */
class DumpFilesTest {

	@TempDir
	Path dir;

	@Test
	void whileANewDumpIsWrittenThePreviousOneIsServedThenTheNewOne() throws Exception {
		try (Services s = new Services(dir)) {
			DumpFiles dumps = new DumpFiles(s.store, s.properties, 0);
			s.publishFinanzas();
			DumpFiles.Dump first = dumps.current(DumpFormat.NQUADS);
			assertThat(text(first)).doesNotContain("Volcado tardío");
			s.records.put(new RecordRef(RecordKind.DATASET, "tardio"), Rdf.parse(Fixtures.dataset("Volcado tardío")
				.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, RegistryTest.BASE + "/dataset/tardio"), RecordStatus.PUBLISHED, "prueba");
			// Hold the writer back: the request must not wait for it.
			dumps.generating.lock();
			try {
				assertThat(dumps.current(DumpFormat.NQUADS)).as("the previous dump, at once").isEqualTo(first);
			}
			finally {
				dumps.generating.unlock();
			}
			await().atMost(Duration.ofSeconds(20)).until(() -> !dumps.current(DumpFormat.NQUADS).etag().equals(first.etag()));
			assertThat(text(dumps.current(DumpFormat.NQUADS))).contains("Volcado tardío");
			dumps.close();
		}
	}

	private static String text(DumpFiles.Dump dump) {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(dump.file()))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
