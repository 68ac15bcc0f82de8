package org.registro.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.validation.Problem;
import org.registro.validation.ProblemDescriber;
import org.registro.validation.ValidationOutcome;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class FormBinderTest {

	private static final String NEW = RegistryTest.BASE + "/dataset/nuevo";

	private final FormBinder binder = new FormBinder();

	private final FormSpec spec = Forms.dataset();

	static Stream<Resource> demoDatasets() throws IOException {
		return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath:demo/datasets/*.ttl"));
	}

	static Graph load(Resource file) throws IOException {
		Graph g = GraphFactory.createDefaultGraph();
		try (InputStream in = file.getInputStream()) {
			RDFParser.source(in).lang(Lang.TURTLE).base(RegistryTest.BASE + "/").parse(g);
		}
		return g;
	}

	static Node dataset(Graph g) {
		return g.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).next().getSubject();
	}

	@ParameterizedTest
	@MethodSource("demoDatasets")
	void everyDemoDatasetRoundTripsThroughTheForm(Resource file) throws IOException {
		Graph original = load(file);
		Node subject = dataset(original);
		FormValues values = binder.fromGraph(original, subject, spec);
		assertThat(values.values("title", "es")).isNotEmpty();
		assertThat(binder.toGraph(values, spec, subject, original).isIsomorphicWith(original)).isTrue();
		// and through the request parameters the form sends back
		FormValues submitted = binder.fromParams(Params.of(values), spec);
		assertThat(submitted.errors()).isEmpty();
		assertThat(binder.toGraph(submitted, spec, subject, original).isIsomorphicWith(original)).isTrue();
	}

	@Test
	void parametersMakeANewDatasetWithTwoDistributions() {
		Map<String, String[]> params = params("title.es[0]", "Calidad del aire", "title.en", "Air quality",
				"description.es[0]", "Mediciones horarias.\r\nDos estaciones.", "keyword.es[0]", "aire", "keyword.es[2]", "ozono",
				"keyword.en[0]", " ", "theme[0]", "http://publications.europa.eu/resource/authority/data-theme/ENVI",
				"issued[0]", "2025-01-15", "distribution[0].accessURL[0]", "https://example.org/aire.csv",
				"distribution[0].format[0]", "http://publications.europa.eu/resource/authority/file-type/CSV",
				"distribution[4].accessURL[0]", "https://example.org/aire.json", "distribution[4].byteSize[0]", "2048",
				"contactPoint[0].hasEmail[0]", "aire@example.org");
		FormValues values = binder.fromParams(params, spec);
		assertThat(values.errors()).isEmpty();
		Graph g = binder.toGraph(values, spec, NodeFactory.createURI(NEW), GraphFactory.createDefaultGraph());
		assertThat(Rdf.ask(g, """
				ASK { <%1$s> a dcat:Dataset ; dct:title "Calidad del aire"@es, "Air quality"@en ;
				  dct:description "Mediciones horarias.\\nDos estaciones."@es ; dcat:keyword "aire"@es, "ozono"@es ;
				  dct:issued "2025-01-15"^^xsd:date ;
				  dcat:distribution ?a, ?b ; dcat:contactPoint ?c .
				  ?a a dcat:Distribution ; dcat:accessURL <https://example.org/aire.csv> ;
				     dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> .
				  ?b a dcat:Distribution ; dcat:accessURL <https://example.org/aire.json> ; dcat:byteSize "2048"^^xsd:nonNegativeInteger .
				  ?c <http://www.w3.org/2006/vcard/ns#hasEmail> <mailto:aire@example.org> .
				  FILTER (STRSTARTS(STR(?a), "%1$s/distribution/") && STRSTARTS(STR(?b), "%1$s/distribution/") && ?a != ?b)
				  FILTER (STRSTARTS(STR(?c), "%1$s#n"))
				}""".formatted(NEW))).isTrue();
		assertThat(Rdf.ask(g, "ASK { ?s dcat:keyword ?k FILTER (lang(?k) = 'en') }")).isFalse();
		assertThat(values.items("distribution")).extracting(FormValues::node).allMatch((n) -> n.startsWith(NEW + "/distribution/"));
		assertThat(Forms.validator().validate(g).hasViolations()).isFalse();
		// submitting the re-rendered form again (its new items now carry their IRIs) changes nothing
		Graph again = binder.toGraph(binder.fromParams(Params.of(values), spec), spec, NodeFactory.createURI(NEW), g);
		assertThat(again.isIsomorphicWith(g)).isTrue();
	}

	@Test
	void anItemAddressTheRegistryWouldNotMintIsReplacedByAFreshOne() {
		String forged = NEW + "/../../publisher/otra";
		Map<String, String[]> params = params("title.es[0]", "Con dirección forjada", "distribution[0]._node", forged,
				"distribution[0].accessURL[0]", "https://example.org/f.csv");
		FormValues values = binder.fromParams(params, spec);
		Graph g = binder.toGraph(values, spec, NodeFactory.createURI(NEW), GraphFactory.createDefaultGraph());
		assertThat(g.contains(NodeFactory.createURI(forged), Node.ANY, Node.ANY)).isFalse();
		assertThat(values.items("distribution")).extracting(FormValues::node).allMatch((n) -> n.matches(java.util.regex.Pattern.quote(NEW)
				+ "/distribution/[0-9a-f]{12}"));
	}

	@Test
	void removingAnItemRemovesItsTriplesAndNothingElse() throws IOException {
		Graph original = load(new PathMatchingResourcePatternResolver().getResource("classpath:demo/datasets/accidentes-viales-2024.ttl"));
		Node subject = dataset(original);
		FormValues shown = binder.fromGraph(original, subject, spec);
		String removed = shown.items("distribution").get(1).node();
		Map<String, String[]> params = new LinkedHashMap<>(Params.of(shown));
		params.put("_remove", new String[] { "distribution[1]", "contactPoint[0]" });
		assertThat(FormBinder.isEditAction(params)).isTrue();
		FormValues values = binder.fromParams(params, spec);
		assertThat(values.items("distribution")).hasSize(2).extracting(FormValues::node).doesNotContain(removed);
		Graph g = binder.toGraph(values, spec, subject, original);
		Node gone = NodeFactory.createURI(removed);
		assertThat(g.contains(gone, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, gone)).isFalse();
		assertThat(g.contains(subject, DCAT.contactPoint.asNode(), Node.ANY)).isFalse();
		Graph expected = GraphFactory.createDefaultGraph();
		original.find().forEachRemaining((t) -> {
			boolean contact = t.getPredicate().equals(DCAT.contactPoint.asNode()) || t.getSubject().isBlank() && original.contains(subject, DCAT.contactPoint.asNode(), t.getSubject());
			if (!t.getSubject().equals(gone) && !t.getObject().equals(gone) && !contact) {
				expected.add(t);
			}
		});
		assertThat(g.isIsomorphicWith(expected)).isTrue();
	}

	@Test
	void addButtonsAddAnEmptyValueOrItem() {
		Map<String, String[]> params = params("title.es[0]", "T", "keyword.es[0]", "uno", "_add", "keyword.es");
		FormValues values = binder.fromParams(params, spec);
		assertThat(values.values("keyword", "es")).containsExactly("uno", "");
		params.put("_add", new String[] { "distribution" });
		assertThat(binder.fromParams(params, spec).items("distribution")).hasSize(1);
		assertThat(FormBinder.isEditAction(params)).isTrue();
		assertThat(FormBinder.isEditAction(params("title.es[0]", "T"))).isFalse();
	}

	@Test
	void triplesTheFormDoesNotManageAreKept() {
		Graph original = Rdf.parse(Fixtures.dataset("Original").replace("<> a dcat:Dataset ;", """
				<> a dcat:Dataset ; <https://example.org/unknown> "x" ; dct:title "sin idioma" ;
				  <http://www.w3.org/ns/adms#identifier> [ <http://www.w3.org/2004/02/skos/core#notation> "ID-1" ] ;
				  dcat:landingPage "texto donde va un enlace" ;"""), Lang.TURTLE);
		Node subject = NodeFactory.createURI(RegistryTest.BASE + "/");
		original.add(NodeFactory.createURI(RegistryTest.BASE + "/record"), RDF.type.asNode(), DCAT.CatalogRecord.asNode());
		FormValues values = binder.fromGraph(original, subject, spec);
		assertThat(values.values("landingPage")).isEmpty();
		Map<String, String[]> params = new LinkedHashMap<>(Params.of(values));
		params.put("title.es[0]", new String[] { "Nuevo título" });
		Graph g = binder.toGraph(binder.fromParams(params, spec), spec, subject, original);
		Graph expected = GraphFactory.createDefaultGraph();
		original.find().forEachRemaining(expected::add);
		expected.delete(Triple.create(subject, org.apache.jena.vocabulary.DCTerms.title.asNode(), NodeFactory.createLiteralLang("Original", "es")));
		expected.add(subject, org.apache.jena.vocabulary.DCTerms.title.asNode(), NodeFactory.createLiteralLang("Nuevo título", "es"));
		assertThat(g.isIsomorphicWith(expected)).isTrue();
	}

	@Test
	void aBadUrlOrDateKeepsTheTextAndGivesAFieldError() {
		Map<String, String[]> params = params("title.es[0]", "T", "issued[0]", "31/12/2024", "landingPage[0]", "www.ejemplo.gob.mx",
				"distribution[0].accessURL[0]", "ftp://example.org/a.csv", "distribution[0].title.es[0]", "CSV",
				"contactPoint[0].hasEmail[0]", "no es un correo", "description.es[0]", "Con \u0000 nulo");
		FormValues values = binder.fromParams(params, spec);
		assertThat(values.errors()).containsEntry("description.es[0]", "form.error.text");
		assertThat(values.errors()).containsEntry("issued[0]", "form.error.date").containsEntry("landingPage[0]", "form.error.url")
			.containsEntry("distribution[0].accessURL[0]", "form.error.url").containsEntry("contactPoint[0].hasEmail[0]", "form.error.url");
		assertThat(values.values("issued")).containsExactly("31/12/2024");
		assertThat(values.items("distribution").get(0).values("accessURL")).containsExactly("ftp://example.org/a.csv");
		Graph g = binder.toGraph(values, spec, NodeFactory.createURI(NEW), GraphFactory.createDefaultGraph());
		assertThat(Rdf.ask(g, "ASK { { ?s dct:issued ?d } UNION { ?s dcat:landingPage ?l } UNION { ?x dcat:accessURL ?u } }")).isFalse();
		assertThat(Rdf.ask(g, "ASK { ?s dcat:distribution ?x . ?x dct:title \"CSV\"@es }")).isTrue();
	}

	@Test
	void validationProblemsLandOnTheirField() {
		Graph record = Rdf.parse(Fixtures.datasetWithoutTitle(), Lang.TURTLE);
		Node subject = NodeFactory.createURI(RegistryTest.BASE + "/");
		FormValues values = binder.fromGraph(record, subject, spec);
		Map<String, String[]> params = new LinkedHashMap<>(Params.of(values));
		params.remove("distribution[0].accessURL[0]");
		values = binder.fromParams(params, spec);
		Graph submitted = binder.toGraph(values, spec, subject, record);
		ValidationOutcome outcome = Forms.validator().validate(submitted);
		List<Problem> problems = new ProblemDescriber().describe(outcome.report().getEntries(), Locale.of("es"));
		Map<String, List<Problem>> byField = binder.problemsByField(problems, values, subject);
		assertThat(byField.get("title")).singleElement().satisfies((p) -> {
			assertThat(p.severity()).isEqualTo("violation");
			assertThat(p.message()).contains("título");
		});
		assertThat(byField.get("distribution[0].accessURL")).extracting(Problem::severity).containsExactly("violation");
		List<Problem> all = new ArrayList<>();
		byField.values().forEach(all::addAll);
		assertThat(all).hasSameSizeAs(problems);
	}

	private static Map<String, String[]> params(String... pairs) {
		Map<String, String[]> params = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.put(pairs[i], new String[] { pairs[i + 1] });
		}
		return params;
	}

}
