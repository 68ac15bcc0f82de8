package org.registro.harvest.dcat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The triples of one page as the parser streams them: in memory while the page is of ordinary size,
 * in a temporary TDB2 store (deleted on {@link #close()}) once it is not, so a dump of any size keeps
 * the heap bounded. Named graphs are merged into one: a catalog's graphs all describe the catalog.
 */
final class PageStore extends StreamRDFBase implements AutoCloseable {

	/** Triples per write transaction while spilling: bounds TDB2's in-memory transaction state. */
	private static final int BATCH = 50_000;

	private static final Logger log = LoggerFactory.getLogger(PageStore.class);

	private final Limits limits;

	private Graph memory = GraphFactory.createDefaultGraph();

	/** Datasets in the order the source typed them (in memory only; TDB2's index keeps that order itself). */
	private Set<Node> datasets = new LinkedHashSet<>();

	private Path directory;

	private Dataset disk;

	private int pending;

	PageStore(Limits limits, boolean spillAtOnce) {
		this.limits = limits;
		if (spillAtOnce) {
			spill();
		}
	}

	@Override
	public void triple(Triple triple) {
		if (disk == null) {
			memory.add(triple);
			if (triple.predicateMatches(RDF.type.asNode()) && triple.objectMatches(DCAT.Dataset.asNode())) {
				datasets.add(triple.getSubject());
			}
			if (memory.size() > limits.spillTriples()) {
				spill();
			}
			return;
		}
		if (!disk.isInTransaction()) {
			disk.begin(ReadWrite.WRITE);
		}
		disk.asDatasetGraph().getDefaultGraph().add(triple);
		if (++pending >= BATCH) {
			disk.commit();
			pending = 0;
		}
	}

	@Override
	public void quad(Quad quad) {
		triple(quad.asTriple());
	}

	@Override
	public void finish() {
		if (disk != null && disk.isInTransaction()) {
			disk.commit();
			pending = 0;
		}
	}

	boolean spilled() {
		return disk != null;
	}

	/** Runs {@code action} on the page's graph (inside a read transaction when it is on disk). */
	void read(Consumer<Graph> action) {
		if (disk == null) {
			action.accept(memory);
		}
		else {
			Txn.executeRead(disk, () -> action.accept(disk.asDatasetGraph().getDefaultGraph()));
		}
	}

	/** The page's datasets in source order; on disk, call inside {@link #read}. */
	Iterator<Node> datasets(Graph graph) {
		if (disk == null) {
			return datasets.iterator();
		}
		// TDB2 numbers nodes as it first stores them, and its index lists subjects by that number.
		return graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(Triple::getSubject);
	}

	private void spill() {
		try {
			directory = limits.tempParent() == null ? Files.createTempDirectory("registro-dcat-")
					: Files.createTempDirectory(limits.tempParent(), "registro-dcat-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		disk = TDB2Factory.connectDataset(directory.toString());
		Graph kept = memory;
		memory = null;
		datasets = null;
		Txn.executeWrite(disk, () -> kept.find().forEach(disk.asDatasetGraph().getDefaultGraph()::add));
		kept.clear();
	}

	@Override
	public void close() {
		if (disk == null) {
			return;
		}
		if (disk.isInTransaction()) {
			disk.abort();
			disk.end();
		}
		TDBInternal.expel(disk.asDatasetGraph());
		try {
			PathUtils.deleteDirectory(directory);
		}
		catch (IOException ex) {
			// The run's outcome does not depend on it; the operator can remove the directory.
			log.warn("Could not delete the temporary store {}: {}", directory, ex.toString());
		}
		disk = null;
	}

}
