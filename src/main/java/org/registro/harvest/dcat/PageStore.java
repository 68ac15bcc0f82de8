package org.registro.harvest.dcat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
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

	private static final MonitorOutput QUIET = (format, args) -> {
	};

	private static final Logger log = LoggerFactory.getLogger(PageStore.class);

	private final Limits limits;

	private Graph memory = GraphFactory.createDefaultGraph();

	/** Datasets in the order the source typed them (in memory only; TDB2's index keeps that order itself). */
	private Set<Node> datasets = new LinkedHashSet<>();

	private Path directory;

	private Dataset disk;

	/** Loading the page to disk: from the spill to the end of the page. */
	private DataLoader loader;

	private StreamRDF toDisk;

	PageStore(Limits limits, boolean spillAtOnce) {
		this.limits = limits;
		if (spillAtOnce) {
			spill();
		}
	}

	@Override
	public void triple(Triple triple) {
		if (toDisk != null) {
			toDisk.triple(triple);
			return;
		}
		memory.add(triple);
		if (triple.predicateMatches(RDF.type.asNode()) && triple.objectMatches(DCAT.Dataset.asNode())) {
			datasets.add(triple.getSubject());
		}
		if (memory.size() > limits.spillTriples()) {
			spill();
		}
	}

	@Override
	public void quad(Quad quad) {
		triple(quad.asTriple());
	}

	@Override
	public void finish() {
		if (loader != null) {
			loader.finishBulk();
			loader = null;
			toDisk = null;
		}
	}

	/** Runs {@code action} on the page's graph (inside a read transaction when it is on disk). */
	<T> T read(Function<Graph, T> action) {
		if (disk == null) {
			return action.apply(memory);
		}
		return Txn.calculateRead(disk, () -> action.apply(disk.asDatasetGraph().getDefaultGraph()));
	}

	/** The page's datasets in source order; on disk, call inside {@link #read}. */
	Iterator<Node> datasets(Graph graph) {
		if (disk == null) {
			return datasets.iterator();
		}
		// TDB2 numbers nodes as it first stores them, and its index lists subjects by that number.
		return graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(Triple::getSubject);
	}

	/**
	 * Moves the page to disk with TDB2's sequential bulk loader (an empty store, one transaction,
	 * secondary indexes built at the end). The datasets go first, in source order, so that TDB2 numbers
	 * them in that order.
	 */
	private void spill() {
		try {
			directory = limits.tempParent() == null ? Files.createTempDirectory("registro-dcat-")
					: Files.createTempDirectory(limits.tempParent(), "registro-dcat-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		disk = TDB2Factory.connectDataset(directory.toString());
		loader = LoaderFactory.sequentialLoader(disk.asDatasetGraph(), QUIET);
		loader.startBulk();
		toDisk = loader.stream();
		for (Node dataset : datasets) {
			toDisk.triple(Triple.create(dataset, RDF.type.asNode(), DCAT.Dataset.asNode()));
		}
		memory.find().forEach(toDisk::triple);
		memory = null;
		datasets = null;
	}

	@Override
	public void close() {
		if (disk == null) {
			return;
		}
		if (loader != null) {
			abandon(loader);
			loader = null;
			toDisk = null;
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

	/** Ends a load cut short by a bad page; the store is deleted next, so how it ends does not matter. */
	private static void abandon(DataLoader loader) {
		try {
			loader.finishException(new IllegalStateException("page abandoned"));
		}
		catch (RuntimeException ex) {
			log.debug("Abandoned load of a temporary store: {}", ex.toString());
		}
	}

}
