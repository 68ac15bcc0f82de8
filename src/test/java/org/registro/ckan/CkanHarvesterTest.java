package org.registro.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.registro.support.Fixtures;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A CKAN-to-CKAN harvester, as ckanext-harvest's CKANHarvester walks a remote CKAN: package_search
 * sorted by {@code id asc}, paged with {@code start}, duplicates dropped; then its incremental run
 * with {@code fq=metadata_modified:[X TO *]}, X written as the harvester writes it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CkanHarvesterTest extends RegistryTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aFullHarvestTakesEveryPublishedDatasetAndAnIncrementalOneOnlyWhatChanged() throws Exception {
		CkanClient ckan = new CkanClient(mvc);
		write("ckan-cosecha-cambia", "Cosecha: se cambiará");
		write("ckan-cosecha-retira", "Cosecha: se retirará");
		write("ckan-cosecha-queda", "Cosecha: queda igual");
		awaitSearch(ckan, "name:ckan-cosecha-*", (r) -> r.get("count").intValue() == 3);

		Map<String, JsonNode> full = harvest(ckan, null);
		assertThat(full.keySet()).containsExactlyInAnyOrderElementsOf(CkanShapesTest.names(ckan.result("package_list", Map.of())));
		assertThat(full.keySet()).contains("accidentes-viales-2024", "ckan-cosecha-cambia", "ckan-cosecha-retira", "ckan-cosecha-queda");
		assertThat(full.values()).allMatch((p) -> p.get("state").stringValue().equals("active"));

		Thread.sleep(5);
		Instant since = Instant.now();
		Thread.sleep(5);
		write("ckan-cosecha-nuevo", "Cosecha: nuevo");
		write("ckan-cosecha-cambia", "Cosecha: cambiado");
		mvc.perform(delete("/api/v1/datasets/ckan-cosecha-retira").header("Authorization", "Bearer " + TOKEN)).andExpect(status().is2xxSuccessful());
		awaitSearch(ckan, "name:ckan-cosecha-retira", (r) -> r.get("count").intValue() == 0);
		awaitSearch(ckan, "name:ckan-cosecha-nuevo", (r) -> r.get("count").intValue() == 1);

		// The harvester's own format: Python's isoformat() of a UTC time, microseconds, then 'Z'.
		String x = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS")
			.format(LocalDateTime.ofInstant(since, ZoneOffset.UTC));
		Map<String, JsonNode> changed = harvest(ckan, "metadata_modified:[" + x + "Z TO *]");
		assertThat(changed.keySet()).containsExactlyInAnyOrder("ckan-cosecha-nuevo", "ckan-cosecha-cambia", "ckan-cosecha-retira");
		assertThat(changed.get("ckan-cosecha-retira").get("state").stringValue()).isEqualTo("deleted");
		assertThat(changed.get("ckan-cosecha-cambia").get("title").stringValue()).isEqualTo("Cosecha: cambiado");
		assertThat(changed.get("ckan-cosecha-nuevo").get("state").stringValue()).isEqualTo("active");
		// The id stays the same across versions, and a withdrawn dataset still answers, as deleted.
		assertThat(changed.get("ckan-cosecha-cambia").get("id")).isEqualTo(full.get("ckan-cosecha-cambia").get("id"));
		JsonNode gone = ckan.result("package_show", Map.of("id", "ckan-cosecha-retira"));
		assertThat(gone.get("state").stringValue()).isEqualTo("deleted");
		assertThat(CkanShapesTest.names(ckan.result("package_list", Map.of()))).contains("ckan-cosecha-nuevo").doesNotContain("ckan-cosecha-retira");
	}

	/** Pages of 4 by id, until an empty page; the dicts by name (a repeated one is kept once). */
	private static Map<String, JsonNode> harvest(CkanClient ckan, String fq) throws Exception {
		Map<String, JsonNode> out = new LinkedHashMap<>();
		int start = 0;
		while (true) {
			Map<String, String> params = new HashMap<>(Map.of("sort", "id asc", "rows", "4", "start", Integer.toString(start)));
			if (fq != null) {
				params.put("fq", fq);
				params.put("include_deleted", "true");
			}
			JsonNode page = ckan.result("package_search", params).get("results");
			if (page.isEmpty()) {
				return out;
			}
			List<String> ids = new java.util.ArrayList<>();
			page.forEach((p) -> ids.add(p.get("id").stringValue()));
			assertThat(ids).isSorted();
			page.forEach((p) -> out.putIfAbsent(p.get("name").stringValue(), p));
			start += 4;
		}
	}

	private void write(String id, String title) throws Exception {
		mvc.perform(put("/api/v1/datasets/" + id).header("Authorization", "Bearer " + TOKEN)
			.contentType("text/turtle")
			.content(Fixtures.dataset(title))).andExpect(status().is2xxSuccessful());
	}

	/** The index follows commits on its own thread: wait (bounded) until a search sees the change. */
	private static void awaitSearch(CkanClient ckan, String fq, Predicate<JsonNode> done) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!done.test(ckan.result("package_search", Map.of("fq", fq)))) {
			assertThat(Instant.now()).as("index caught up with " + fq).isBefore(deadline);
			Thread.sleep(20);
		}
	}

}
