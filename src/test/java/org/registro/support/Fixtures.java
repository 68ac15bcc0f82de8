package org.registro.support;

/** Small records written for the tests (ours, not third-party data). */
public final class Fixtures {

	private Fixtures() {
	}

	/** A conforming dataset at {@code <>} (resolve against its own IRI) with one blank-node distribution. */
	public static String dataset(String title) {
		return """
				@prefix dcat: <http://www.w3.org/ns/dcat#> .
				@prefix dct: <http://purl.org/dc/terms/> .
				@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
				<> a dcat:Dataset ;
				  dct:title "%s"@es ;
				  dct:description "Registro de prueba del registro."@es ;
				  dct:publisher <http://localhost:8080/publisher/finanzas> ;
				  dcat:keyword "prueba"@es ;
				  dcat:theme <http://publications.europa.eu/resource/authority/data-theme/GOVE> ;
				  dcat:contactPoint [ a vcard:Organization ; vcard:fn "Mesa de ayuda" ; vcard:hasEmail <mailto:ayuda@example.org> ] ;
				  dcat:distribution [ a dcat:Distribution ; dct:title "CSV"@es ;
				      dcat:accessURL <https://example.org/datos.csv> ;
				      dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ] .
				""".formatted(title.replace("\\", "\\\\").replace("\"", "\\\""));
	}

	/** The same dataset with no title: one Violation. */
	public static String datasetWithoutTitle() {
		return dataset("x").replace("dct:title \"x\"@es ;", "");
	}

}
