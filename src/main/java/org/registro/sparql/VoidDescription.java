package org.registro.sparql;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.registro.store.RecordStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.registro.system.RegistryProperties;
import org.registro.vocabulary.Formats;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The VoID description of the public data, kept current: counted again (on one background thread)
 * when the public data has changed since the last count. Counting is a few full scans, so a request
 * waits for a fresh count at most {@link #WAIT}, else it gets the previous one (or, before the very
 * first count is done, 503); and a new count
 * starts no sooner than nine times the last one's duration after it, which keeps counting under a
 * tenth of one core however often records are published.
 */
@Component
class VoidDescription implements DisposableBean {

	static final Duration WAIT = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(VoidDescription.class);

	/** Versions count from start-up; the start time keeps tags of two runs apart. */
	private static final long STARTED = System.currentTimeMillis();

	/** A description and the public-data version it was counted at. */
	record Snapshot(long version, Graph graph) {

		/** Changes whenever the description may have. */
		String tag() {
			return Long.toString(STARTED, 36) + "-" + version;
		}

	}

	private final RecordStore store;

	private final RegistryProperties properties;

	private final ExecutorService counter = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("registro-void").daemon().factory());

	private volatile Snapshot latest;

	private CompletableFuture<Snapshot> counting;

	private long notBefore;

	VoidDescription(RecordStore store, RegistryProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/** Counts once at start-up, in the background, so that the first reader need not wait for it. */
	@EventListener(ApplicationReadyEvent.class)
	void countAtStartUp() {
		refresh();
	}

	/**
	 * The description of the current public data, or the latest one counted if a new count takes
	 * longer than {@link #WAIT} or fails; empty only when none has been counted yet.
	 */
	Optional<Snapshot> current() {
		Snapshot known = latest;
		if (known != null && known.version() == store.publicVersion()) {
			return Optional.of(known);
		}
		try {
			return Optional.of(refresh().get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException ex) {
			return Optional.ofNullable(known);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.ofNullable(known);
		}
		catch (ExecutionException ex) {
			log.error("Counting the VoID statistics failed", ex.getCause());
			return Optional.ofNullable(known);
		}
	}

	private synchronized CompletableFuture<Snapshot> refresh() {
		if (counting != null && !counting.isDone()) {
			return counting;
		}
		if (latest != null && System.nanoTime() < notBefore) {
			return CompletableFuture.completedFuture(latest);
		}
		counting = CompletableFuture.supplyAsync(this::count, counter);
		return counting;
	}

	private Snapshot count() {
		long started = System.nanoTime();
		long version = store.publicVersion();
		VoidStatistics stats = store.readPublic((dsg) -> VoidStatistics.count(dsg, properties.baseUri() + "/"));
		Snapshot snapshot = new Snapshot(version, describe(stats));
		long took = System.nanoTime() - started;
		synchronized (this) {
			notBefore = System.nanoTime() + 9 * took;
		}
		latest = snapshot;
		return snapshot;
	}

	private Graph describe(VoidStatistics stats) {
		String base = properties.baseUri();
		Model m = ModelFactory.createDefaultModel();
		m.setNsPrefix("void", VOID.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF.NS).setNsPrefix("formats", Formats.NS);
		Resource dataset = m.createResource(base + VoidController.PATH + "#dataset");
		m.createResource(base + VoidController.PATH)
			.addProperty(RDF.type, VOID.DatasetDescription)
			.addProperty(DCTerms.title, m.createLiteral("VoID: " + properties.catalog().title(), "es"))
			.addProperty(FOAF.primaryTopic, dataset);
		Calendar computed = GregorianCalendar.from(stats.computed().atZone(TimeZone.getTimeZone("UTC").toZoneId()));
		dataset.addProperty(RDF.type, VOID.Dataset)
			.addProperty(DCTerms.title, m.createLiteral(properties.catalog().title(), "es"))
			.addProperty(DCTerms.description, m.createLiteral(properties.catalog().description(), "es"))
			.addProperty(DCTerms.modified, m.createTypedLiteral(computed))
			.addProperty(FOAF.homepage, m.createResource(base + "/catalog"))
			.addProperty(VOID.rootResource, m.createResource(base + "/catalog"))
			.addProperty(VOID.sparqlEndpoint, m.createResource(base + FusekiEndpoint.PATH))
			.addProperty(VOID.dataDump, m.createResource(base + "/catalog/dump.nq.gz"))
			.addProperty(VOID.uriSpace, base + "/")
			.addProperty(VOID.triples, count(m, stats.triples()))
			.addProperty(VOID.entities, count(m, stats.entities()))
			.addProperty(VOID.classes, count(m, stats.classes().size()))
			.addProperty(VOID.properties, count(m, stats.properties().size()))
			.addProperty(VOID.distinctSubjects, count(m, stats.distinctSubjects()))
			.addProperty(VOID.distinctObjects, count(m, stats.distinctObjects()));
		for (Resource format : new Resource[] { Formats.Turtle, Formats.JSON_LD, Formats.RDF_XML, Formats.N_Triples }) {
			dataset.addProperty(VOID.feature, format);
		}
		stats.examples().forEach((iri) -> dataset.addProperty(VOID.exampleResource, m.createResource(iri)));
		stats.classes().forEach((iri, n) -> dataset.addProperty(VOID.classPartition,
				m.createResource().addProperty(VOID._class, m.createResource(iri)).addProperty(VOID.entities, count(m, n))));
		stats.properties().forEach((iri, n) -> dataset.addProperty(VOID.propertyPartition,
				m.createResource().addProperty(VOID.property, m.createResource(iri)).addProperty(VOID.triples, count(m, n))));
		return m.getGraph();
	}

	/** VoID's counts are xsd:integer. */
	private static Literal count(Model m, long n) {
		return m.createTypedLiteral(BigInteger.valueOf(n));
	}

	@Override
	public void destroy() {
		counter.shutdownNow();
	}

}
