package org.registro.harvest;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.registro.record.Origin;
import org.registro.record.RecordRef;

/**
 * A source record made ready to write: which record it is here, its content and where it comes from.
 * @param notes what was repaired on the way (e.g. a literal URL turned into an IRI), in English
 */
record Prepared(String key, RecordRef ref, Graph graph, Origin origin, String location, List<String> notes) {
}
