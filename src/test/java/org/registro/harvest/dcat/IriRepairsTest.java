package org.registro.harvest.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.registro.support.Rdf;

class IriRepairsTest {

	private static final String PREFIXES = """
			@prefix dcat: <http://www.w3.org/ns/dcat#> .
			@prefix dct: <http://purl.org/dc/terms/> .
			@prefix foaf: <http://xmlns.com/foaf/0.1/> .
			@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
			""";

	@Test
	void literalsThatAreAbsoluteHttpIrisBecomeIrisAndEachIsReported() {
		Graph graph = Rdf.parse(PREFIXES + """
				<https://data.example.org/dataset/a> a dcat:Dataset ;
				  dcat:landingPage "  https://www.example.org/datos  " ;
				  dct:license "http://creativecommons.org/licenses/by/4.0/"^^xsd:anyURI ;
				  dct:conformsTo "https://www.example.org/norma"@es ;
				  dct:language "es" ;
				  dcat:theme "educacion" ;
				  dct:publisher "Ayuntamiento de Ejemplo" ;
				  dct:spatial "/territorio/ejemplo" ;
				  foaf:page "https://www.example.org/a b" ;
				  dct:title "https://no-es-un-enlace.example.org" ;
				  dcat:distribution [ dcat:accessURL <https://files.example.org/a.csv> ; dcat:downloadURL "HTTPS://files.example.org/a.csv" ] .
				""", Lang.TURTLE);

		List<String> notes = IriRepairs.repair(graph);

		Graph expected = Rdf.parse(PREFIXES + """
				<https://data.example.org/dataset/a> a dcat:Dataset ;
				  dcat:landingPage <https://www.example.org/datos> ;
				  dct:license <http://creativecommons.org/licenses/by/4.0/> ;
				  dct:conformsTo <https://www.example.org/norma> ;
				  dct:language "es" ;
				  dcat:theme "educacion" ;
				  dct:publisher "Ayuntamiento de Ejemplo" ;
				  dct:spatial "/territorio/ejemplo" ;
				  foaf:page "https://www.example.org/a b" ;
				  dct:title "https://no-es-un-enlace.example.org" ;
				  dcat:distribution [ dcat:accessURL <https://files.example.org/a.csv> ; dcat:downloadURL <HTTPS://files.example.org/a.csv> ] .
				""", Lang.TURTLE);
		assertThat(graph.isIsomorphicWith(expected)).as("repaired graph").isTrue();
		assertThat(notes).hasSize(4)
			.contains("dcat:landingPage of <https://data.example.org/dataset/a> was the text \"https://www.example.org/datos\";"
					+ " it is taken as the IRI <https://www.example.org/datos>.")
			.anySatisfy((n) -> assertThat(n).startsWith("dcat:downloadURL of a resource without IRI"));
	}

	@Test
	void aGraphWithNothingToRepairIsLeftAsItWas() {
		Graph graph = Rdf.parse(PREFIXES + "<https://data.example.org/dataset/a> dcat:landingPage <https://www.example.org/> .",
				Lang.TURTLE);
		Graph before = Rdf.parse(PREFIXES + "<https://data.example.org/dataset/a> dcat:landingPage <https://www.example.org/> .",
				Lang.TURTLE);

		assertThat(IriRepairs.repair(graph)).isEmpty();
		assertThat(graph.isIsomorphicWith(before)).isTrue();
	}

}
