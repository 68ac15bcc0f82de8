package org.registro.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** package_show and package_search over the demo catalog, field by field against CKAN's documented shapes. */
@SpringBootTest
@AutoConfigureMockMvc
class CkanShapesTest extends RegistryTest {

	@Autowired
	MockMvc mvc;

	CkanClient ckan;

	@BeforeEach
	void client() {
		ckan = new CkanClient(mvc);
	}

	@Test
	void packageShowHasCkansFieldsMappedFromTheDcatRecord() throws Exception {
		CkanClient.Answer a = ckan.call("package_show", Map.of("id", "accidentes-viales-2024"));
		CkanClient.assertShape("envelope", a.body());
		assertThat(a.body().get("help").stringValue()).isEqualTo(BASE + "/api/3/action/help_show?name=package_show");
		JsonNode p = a.body().get("result");
		assertPackage(p);
		assertThat(p.get("name").stringValue()).isEqualTo("accidentes-viales-2024");
		assertThat(p.get("title").stringValue()).isEqualTo("Accidentes viales 2024");
		assertThat(p.get("state").stringValue()).isEqualTo("active");
		assertThat(p.get("url").stringValue()).isEqualTo("https://datos.valledeanahuac.gob.mx/dataset/accidentes-viales-2024");
		assertThat(p.get("license_id").stringValue()).isEqualTo("https://datos.gob.mx/libreusomx");
		assertThat(p.get("metadata_modified").stringValue()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}");
		assertThat(p.get("organization").get("name").stringValue()).isEqualTo("movilidad");
		assertThat(p.get("owner_org").stringValue()).isEqualTo(p.get("organization").get("id").stringValue());
		assertThat(names(p.get("groups"))).containsExactlyInAnyOrder("tran", "just");
		assertThat(names(p.get("tags"))).contains("seguridad vial", "movilidad");
		assertThat(p.get("num_resources").intValue()).isEqualTo(3);
		JsonNode csv = p.get("resources").get(0);
		assertThat(csv.get("format").stringValue()).isEqualTo("CSV");
		assertThat(csv.get("mimetype").stringValue()).isEqualTo("text/csv");
		assertThat(csv.get("url").stringValue()).isEqualTo("https://datos.valledeanahuac.gob.mx/descargas/movilidad/accidentes_viales_2024.csv");
		assertThat(csv.get("access_url").stringValue()).isEqualTo("https://datos.valledeanahuac.gob.mx/dataset/accidentes-viales-2024/recurso/1");
		assertThat(csv.get("size").longValue()).isEqualTo(2215630L);
		assertThat(csv.get("package_id").stringValue()).isEqualTo(p.get("id").stringValue());
		Map<String, String> extras = extras(p);
		assertThat(extras).containsEntry("uri", BASE + "/dataset/accidentes-viales-2024")
			.containsEntry("identifier", "VA-SEMOT-0002")
			.containsEntry("publisher_uri", BASE + "/publisher/movilidad")
			.containsEntry("contact_email", "seguridadvial@movilidad.valledeanahuac.gob.mx")
			.containsEntry("temporal_start", "2024-01-01")
			.containsEntry("frequency", "http://publications.europa.eu/resource/authority/frequency/ANNUAL")
			.containsKeys("publisher_name", "theme", "language", "spatial_uri", "access_rights");
		assertThat(CkanClient.JSON.readTree(extras.get("theme")).size()).isEqualTo(2);
	}

	@Test
	void packageShowFindsTheSameDatasetByItsId() throws Exception {
		JsonNode byName = ckan.result("package_show", Map.of("id", "accidentes-viales-2024"));
		JsonNode byId = ckan.result("package_show", Map.of("id", byName.get("id").stringValue()));
		assertThat(byId).isEqualTo(byName);
	}

	@Test
	void packageSearchHasCkansShapeWithFacets() throws Exception {
		JsonNode r = ckan.result("package_search",
				Map.of("q", "accidentes", "facet.field", "[\"organization\",\"res_format\",\"groups\"]", "rows", "5"));
		CkanClient.assertShape("search", r);
		assertThat(r.get("sort").stringValue()).isEqualTo("score desc, metadata_modified desc");
		assertThat(r.get("count").intValue()).isGreaterThanOrEqualTo(1);
		assertThat(names(r.get("results"))).contains("accidentes-viales-2024");
		r.get("results").forEach(CkanShapesTest::assertPackage);
		assertThat(r.get("facets").get("organization").get("movilidad").intValue()).isGreaterThanOrEqualTo(1);
		JsonNode orgFacet = r.get("search_facets").get("organization");
		CkanClient.assertShape("search_facet", orgFacet);
		orgFacet.get("items").forEach((i) -> CkanClient.assertShape("search_facet_item", i));
		assertThat(orgFacet.get("items").get(0).get("display_name").stringValue()).isNotEqualTo("movilidad");
	}

	static void assertPackage(JsonNode p) {
		CkanClient.assertShape("package", p);
		if (!p.get("organization").isNull()) {
			CkanClient.assertShape("organization", p.get("organization"));
		}
		p.get("resources").forEach((r) -> CkanClient.assertShape("resource", r));
		p.get("tags").forEach((t) -> CkanClient.assertShape("tag", t));
		p.get("groups").forEach((g) -> CkanClient.assertShape("group", g));
		p.get("extras").forEach((e) -> CkanClient.assertShape("extra", e));
		assertThat(p.get("num_tags").intValue()).isEqualTo(p.get("tags").size());
		assertThat(p.get("num_resources").intValue()).isEqualTo(p.get("resources").size());
	}

	static List<String> names(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach((n) -> out.add(n.isString() ? n.stringValue() : n.get("name").stringValue()));
		return out;
	}

	static Map<String, String> extras(JsonNode p) {
		Map<String, String> out = new java.util.LinkedHashMap<>();
		p.get("extras").forEach((e) -> out.put(e.get("key").stringValue(), e.get("value").stringValue()));
		return out;
	}

}
