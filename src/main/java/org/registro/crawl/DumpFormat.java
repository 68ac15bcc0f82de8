package org.registro.crawl;

import java.io.OutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.XSD;
import org.registro.record.CatalogEntries;
import org.registro.record.RecordKind;
import org.registro.vocabulary.ADMS;

/**
 * The two dumps of the public data. Both are written as a stream (Jena's streaming writers over the
 * store's iterators), so a dump never sits in memory whatever the size of the catalog.
 */
enum DumpFormat {

	/** Every graph of the public data, named: records, the catalog and the vocabularies. */
	NQUADS("nq") {
		@Override
		void write(DatasetGraph dsg, String catalogIri, OutputStream out) {
			StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
			stream.start();
			dsg.find().forEachRemaining(stream::quad);
			stream.finish();
		}
	},

	/**
	 * The catalog as one graph: the catalog's own graph, then every published record's graph (datasets
	 * with their distributions, publishers). The vocabularies are left out: they are the EU's and
	 * IANA's lists, published by them, and would outweigh the catalog. A triple that two graphs share
	 * may be written twice, which Turtle allows (a graph is a set).
	 */
	TURTLE("ttl") {
		@Override
		void write(DatasetGraph dsg, String catalogIri, OutputStream out) {
			StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
			stream.start();
			stream.prefix("dcat", DCAT.NS);
			stream.prefix("dct", DCTerms.NS);
			stream.prefix("foaf", FOAF.NS);
			stream.prefix("vcard", VCARD4.NS);
			stream.prefix("adms", ADMS.NS);
			stream.prefix("skos", SKOS.uri);
			stream.prefix("rdf", RDF.uri);
			stream.prefix("xsd", XSD.NS);
			Node catalog = NodeFactory.createURI(catalogIri);
			triplesOf(dsg, catalog, stream);
			dsg.listGraphNodes().forEachRemaining((g) -> {
				if (!g.equals(catalog) && isRecordGraph(dsg, g)) {
					triplesOf(dsg, g, stream);
				}
			});
			stream.finish();
		}
	};

	private final String extension;

	DumpFormat(String extension) {
		this.extension = extension;
	}

	/** The file's extension, e.g. {@code nq.gz}. */
	String extension() {
		return extension + ".gz";
	}

	/** The name a download is saved under. */
	String downloadName() {
		return "catalog." + extension();
	}

	abstract void write(DatasetGraph dsg, String catalogIri, OutputStream out);

	/** A published record's graph is named by the resource it describes, typed as its kind's class. */
	private static boolean isRecordGraph(DatasetGraph dsg, Node g) {
		// A dataset's graph holds its catalog record, even when the dataset keeps another IRI (harvested).
		if (g.isURI() && dsg.contains(g, NodeFactory.createURI(CatalogEntries.recordIri(g.getURI())), RDF.type.asNode(),
				DCAT.CatalogRecord.asNode())) {
			return true;
		}
		for (RecordKind kind : RecordKind.values()) {
			if (dsg.contains(g, g, RDF.type.asNode(), kind.type().asNode())) {
				return true;
			}
		}
		return false;
	}

	private static void triplesOf(DatasetGraph dsg, Node g, StreamRDF stream) {
		dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((q) -> stream.triple(q.asTriple()));
	}

}
