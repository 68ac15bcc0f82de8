package org.registro.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.registro.system.RegistryProperties;
import org.registro.vocabulary.Formats;
import org.registro.vocabulary.SD;
import org.springframework.stereotype.Component;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}: what it speaks, the formats it answers in,
 * and that its default graph is the union of the named graphs. The statistics of the data are in
 * the VoID description, which it links to.
 */
@Component
class ServiceDescription {

	private final Graph graph;

	ServiceDescription(RegistryProperties properties) {
		String base = properties.baseUri();
		Model m = ModelFactory.createDefaultModel();
		m.setNsPrefix("sd", SD.NS).setNsPrefix("formats", Formats.NS).setNsPrefix("void", VOID.NS).setNsPrefix("dct", DCTerms.NS);
		Resource endpoint = m.createResource(base + FusekiEndpoint.PATH);
		Resource defaultGraph = m.createResource()
			.addProperty(RDF.type, SD.Graph)
			.addProperty(DCTerms.description, m.createLiteral(
					"The union of the named graphs: one per published record, the catalog, and the controlled vocabularies.", "en"));
		Resource dataset = m.createResource()
			.addProperty(RDF.type, SD.Dataset)
			.addProperty(SD.defaultGraph, defaultGraph)
			.addProperty(DCTerms.source, m.createResource(base + VoidController.PATH));
		endpoint.addProperty(RDF.type, SD.Service)
			.addProperty(DCTerms.title, m.createLiteral(properties.catalog().title() + " · SPARQL", "es"))
			.addProperty(SD.endpoint, endpoint)
			.addProperty(SD.supportedLanguage, SD.SPARQL11Query)
			.addProperty(SD.feature, SD.UnionDefaultGraph)
			.addProperty(SD.defaultDataset, dataset);
		for (Resource format : new Resource[] { Formats.SPARQL_Results_JSON, Formats.SPARQL_Results_XML, Formats.SPARQL_Results_CSV,
				Formats.SPARQL_Results_TSV, Formats.Turtle, Formats.JSON_LD, Formats.RDF_XML, Formats.N_Triples }) {
			endpoint.addProperty(SD.resultFormat, format);
		}
		this.graph = m.getGraph();
	}

	Graph graph() {
		return graph;
	}

}
