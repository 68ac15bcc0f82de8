package org.registro.harvest.datajson;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.registro.harvest.mapping.Iris;
import org.registro.harvest.mapping.JsonFields;
import org.registro.harvest.mapping.RecordGraph;
import tools.jackson.databind.JsonNode;

/** A data.json distribution as a dcat:Distribution (a blank node unless it has an http(s) identifier). */
final class DistributionMapper {

	private DistributionMapper() {
	}

	/** @param licence the dataset's licence, for a distribution that names none */
	static void map(RecordGraph g, Node ds, JsonNode d, Optional<Node> licence) {
		Optional<String> identifier = JsonFields.scalar(d, "identifier");
		Node dist = identifier.flatMap(Iris::web).or(() -> JsonFields.scalar(d, "@id").flatMap(Iris::web)).orElseGet(g::blank);
		g.add(ds, DCAT.distribution, Optional.of(dist));
		g.type(dist, DCAT.Distribution);
		g.text(dist, DCTerms.identifier, identifier);
		g.text(dist, DCTerms.title, JsonFields.text(d, "title"));
		g.text(dist, DCTerms.description, JsonFields.text(d, "description"));
		Optional<Node> download = JsonFields.scalar(d, "downloadURL").flatMap(Iris::web);
		// a download URL is also where the data is reached: DCAT-AP needs an access URL
		g.add(dist, DCAT.accessURL, JsonFields.scalar(d, "accessURL").flatMap(Iris::web).or(() -> download));
		g.add(dist, DCAT.downloadURL, download);
		g.mediaType(dist, JsonFields.scalar(d, "mediaType"));
		g.format(dist, JsonFields.scalar(d, "format"));
		g.date(dist, DCTerms.issued, JsonFields.scalar(d, "issued"));
		g.date(dist, DCTerms.modified, JsonFields.scalar(d, "modified"));
		g.byteSize(dist, JsonFields.scalar(d, "byteSize"));
		g.web(dist, DCTerms.conformsTo, JsonFields.scalar(d, "conformsTo"));
		Optional<String> own = JsonFields.scalar(d, "license");
		g.add(dist, DCTerms.license, own.isPresent() ? g.licence(List.of(own.get()), own) : licence);
	}

}
