package org.registro.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.Services;

/** Harvested datasets keep their source's IRI, and the harvest write path skips, rejects, drafts and batches. */
class HarvestWriteTest {

	private static final String BASE = "http://localhost:8080";

	private static final String SUBJECT = "https://datos.example.es/dataset/presupuesto";

	private static final String SOURCE_RECORD = "https://datos.example.es/catalog/record/presupuesto";

	private static final String HARVEST_SOURCE = BASE + "/harvest/sources/s1";

	private static final Origin ORIGIN = new Origin(SUBJECT, SOURCE_RECORD, HARVEST_SOURCE);

	private static final String REGISTRO = "PREFIX registro: <https://w3id.org/registro/ns#>\n";

	@TempDir
	Path dir;

	private Services services;

	private RecordService records;

	@BeforeEach
	void start() {
		services = new Services(dir);
		records = services.records;
		services.publishFinanzas();
	}

	@AfterEach
	void stop() {
		services.close();
	}

	/** A dataset as another catalog describes it: its own IRI, blank-node distribution and contact point. */
	private static Graph harvested(String subject, String title) {
		String text = Fixtures.dataset(title).replace("<> a dcat:Dataset", "<" + subject + "> a dcat:Dataset");
		return Rdf.parse(text.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, "https://datos.example.es/catalog");
	}

	/** The same description with fresh blank-node labels and its triples in the reverse order. */
	private static Graph relabelledAndShuffled(Graph g) {
		List<String> lines = new ArrayList<>(Arrays.asList(RDFWriter.source(g).lang(Lang.NTRIPLES).asString().split("\n")));
		Collections.reverse(lines);
		return Rdf.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), Lang.NTRIPLES, BASE + "/");
	}

	private static RecordRef ref(String id) {
		return new RecordRef(RecordKind.DATASET, id);
	}

	private HarvestWrite harvest(String id, Graph g, boolean asDraft) {
		return records.harvest(ref(id), g, ORIGIN, asDraft, "cosecha").join();
	}

	private Graph published(String id) {
		return ((PublicView.Live) records.publicView(ref(id))).graph();
	}

	@Test
	void theDatasetKeepsTheSourcesIriAndTheRecordStaysOurs() {
		HarvestWrite w = harvest("h1", harvested(SUBJECT, "Presupuesto"), false);

		assertThat(w.kind()).isEqualTo(HarvestWrite.Kind.CREATED);
		assertThat(w.state().summary().origin()).isEqualTo(ORIGIN);
		Graph g = published("h1");
		assertThat(Rdf.ask(g, "ASK { <" + SUBJECT + "> a dcat:Dataset ; dct:title \"Presupuesto\"@es }")).isTrue();
		assertThat(Rdf.ask(g, "ASK { <" + BASE + "/dataset/h1> ?p ?o }")).as("nothing is said of the location").isFalse();
		assertThat(Rdf.ask(g, REGISTRO + """
				ASK { <%s/dataset/h1/record> a dcat:CatalogRecord ; foaf:primaryTopic <%s> ;
				  dct:source <%s> ; registro:harvestSource <%s> }""".formatted(BASE, SUBJECT, SOURCE_RECORD, HARVEST_SOURCE))).isTrue();
		assertThat(Rdf.ask(g, "ASK { <" + SUBJECT + "> dcat:distribution ?d FILTER(STRSTARTS(STR(?d), \"" + BASE
				+ "/dataset/h1/distribution/\")) }")).as("blank nodes are named under the location").isTrue();

		Graph catalog = services.store.publicGraph(BASE + "/catalog").orElseThrow();
		assertThat(Rdf.ask(catalog, "ASK { <" + BASE + "/catalog> dcat:dataset <" + SUBJECT + "> ; dcat:record <" + BASE
				+ "/dataset/h1/record> }")).isTrue();
		assertThat(Rdf.ask(catalog, "ASK { ?c dcat:dataset <" + BASE + "/dataset/h1> }")).isFalse();

		List<String> found = services.store.readPublic((dsg) -> {
			List<String> out = new ArrayList<>();
			QueryExec.dataset(dsg)
				.query(Rdf.PREFIXES + "SELECT ?d ?g WHERE { GRAPH ?g { ?d a dcat:Dataset } }")
				.select()
				.forEachRemaining((b) -> out.add(b.get("g").getURI() + " " + b.get("d").getURI()));
			return out;
		});
		assertThat(found).containsExactly(BASE + "/dataset/h1 " + SUBJECT);
	}

	@Test
	void theSameDescriptionAgainIsUnchangedWithoutValidationAndAChangeIsOneNewVersion() {
		Graph first = harvested(SUBJECT, "Presupuesto");
		harvest("h2", first, false);
		// Were it validated again, the unknown publisher would now be a violation.
		services.validator.publisherAvailable(NodeFactory.createURI(BASE + "/publisher/finanzas"), false);

		HarvestWrite again = harvest("h2", relabelledAndShuffled(first), false);

		assertThat(again.kind()).isEqualTo(HarvestWrite.Kind.UNCHANGED);
		assertThat(again.outcome()).isNull();
		assertThat(records.history(ref("h2"))).hasSize(1);
		assertThat(records.state(ref("h2")).orElseThrow().version()).isEqualTo(1);

		services.validator.publisherAvailable(NodeFactory.createURI(BASE + "/publisher/finanzas"), true);
		HarvestWrite changed = harvest("h2", harvested(SUBJECT, "Presupuesto 2026"), false);

		assertThat(changed.kind()).isEqualTo(HarvestWrite.Kind.UPDATED);
		assertThat(records.history(ref("h2"))).hasSize(2);
		assertThat(Rdf.ask(published("h2"), "ASK { <" + SUBJECT + "> dct:title \"Presupuesto 2026\"@es }")).isTrue();

		HarvestWrite otherSource = records.harvest(ref("h2"), harvested(SUBJECT, "Presupuesto 2026"),
				new Origin(SUBJECT, SOURCE_RECORD, BASE + "/harvest/sources/s2"), false, "cosecha").join();
		assertThat(otherSource.kind()).as("a new origin is a change").isEqualTo(HarvestWrite.Kind.UPDATED);
	}

	@Test
	void violationsAreRejectedOrKeptAsADraftBesideThePublishedVersion() {
		Graph untitled = harvested(SUBJECT, "x");
		untitled.remove(NodeFactory.createURI(SUBJECT), org.apache.jena.vocabulary.DCTerms.title.asNode(), Node.ANY);

		HarvestWrite rejected = harvest("h3", untitled, false);
		assertThat(rejected.kind()).isEqualTo(HarvestWrite.Kind.REJECTED);
		assertThat(rejected.outcome().hasViolations()).isTrue();
		assertThat(records.state(ref("h3"))).isEmpty();

		harvest("h3", harvested(SUBJECT, "Publicado"), false);
		HarvestWrite drafted = harvest("h3", untitled, true);

		assertThat(drafted.kind()).isEqualTo(HarvestWrite.Kind.DRAFTED);
		assertThat(drafted.state().status()).isEqualTo(RecordStatus.DRAFT);
		Graph report = services.store.report(ref("h3")).orElseThrow();
		assertThat(Rdf.ask(report, "ASK { ?r sh:result [ sh:resultSeverity sh:Violation ; sh:focusNode <" + SUBJECT + "> ] }")).isTrue();
		assertThat(Rdf.ask(published("h3"), "ASK { <" + SUBJECT + "> dct:title \"Publicado\"@es }"))
			.as("the published version stays public").isTrue();
		assertThat(records.state(ref("h3")).orElseThrow().publishedVersion()).isEqualTo(1);
	}

	@Test
	void notARecordIsRejectedWithItsReasonAndNeverThrown() {
		HarvestWrite w = harvest("h4", harvested("https://datos.example.es/dataset/otro", "Otro"), false);

		assertThat(w.kind()).isEqualTo(HarvestWrite.Kind.REJECTED);
		assertThat(w.invalid()).contains(SUBJECT);
		HarvestWrite ours = records.harvest(ref("h4"), harvested(BASE + "/dataset/ajeno", "Ajeno"),
				new Origin(BASE + "/dataset/ajeno", null, HARVEST_SOURCE), false, "cosecha").join();
		assertThat(ours.kind()).isEqualTo(HarvestWrite.Kind.REJECTED);
		assertThat(records.state(ref("h4"))).isEmpty();
	}

	@Test
	void writesWithoutAnOriginKeepIt() {
		harvest("h5", harvested(SUBJECT, "Cosechado"), false);

		assertThatThrownBy(() -> records.put(ref("h5"), harvested(BASE + "/dataset/h5", "Local"), RecordStatus.PUBLISHED, "ana"))
			.isInstanceOf(InvalidRecordException.class)
			.hasMessageContaining("<" + SUBJECT + ">");
		WriteResult edited = records.put(ref("h5"), harvested(SUBJECT, "Editado"), RecordStatus.DRAFT, "ana");
		assertThat(edited.state().summary().origin()).isEqualTo(ORIGIN);
		records.transition(ref("h5"), RecordStatus.PUBLISHED, "coordinadora", null);
		Graph g = published("h5");
		assertThat(Rdf.ask(g, REGISTRO + "ASK { <" + BASE + "/dataset/h5/record> foaf:primaryTopic <" + SUBJECT
				+ "> ; registro:harvestSource <" + HARVEST_SOURCE + "> . <" + SUBJECT + "> dct:title \"Editado\"@es }")).isTrue();
		records.restore(ref("h5"), 1, "ana");
		assertThat(records.state(ref("h5")).orElseThrow().summary().origin()).isEqualTo(ORIGIN);
		assertThat(records.subject(ref("h5"))).isEqualTo(SUBJECT);
	}

	@Test
	void aWithdrawnHarvestedDatasetsTombstoneNamesItsIriAndARestartKeepsTheOrigin() {
		harvest("h6", harvested(SUBJECT, "Retirado"), false);
		records.withdraw(ref("h6"), "cosecha");

		Graph tombstone = ((PublicView.Gone) records.publicView(ref("h6"))).graph();
		assertThat(Rdf.ask(tombstone, "ASK { <" + BASE + "/dataset/h6/record> foaf:primaryTopic <" + SUBJECT
				+ "> ; adms:status <" + org.registro.vocabulary.ADMS.Deleted.getURI() + "> ; dct:source <" + SOURCE_RECORD + "> . <" + SUBJECT
				+ "> a dcat:Dataset }")).isTrue();
		Graph catalog = services.store.publicGraph(BASE + "/catalog").orElseGet(org.apache.jena.sparql.graph.GraphFactory::createDefaultGraph);
		assertThat(Rdf.ask(catalog, "ASK { ?c dcat:dataset <" + SUBJECT + "> }")).isFalse();
		assertThat(Rdf.ask(catalog, "ASK { ?c dcat:record <" + BASE + "/dataset/h6/record> }")).isFalse();

		services.close();
		services = new Services(dir);
		records = services.records;
		assertThat(records.state(ref("h6")).orElseThrow().summary().origin()).isEqualTo(ORIGIN);
		assertThat(((PublicView.Gone) records.publicView(ref("h6"))).graph().isIsomorphicWith(tombstone)).isTrue();
	}

	@Test
	void manyHarvestWritesSubmittedAtOnceShareTransactions() {
		long before = services.store.publicVersion();
		List<CompletableFuture<HarvestWrite>> futures = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			futures.add(records.harvest(ref("lote-" + i), harvested("https://datos.example.es/dataset/lote-" + i, "Lote " + i),
					new Origin("https://datos.example.es/dataset/lote-" + i, null, HARVEST_SOURCE), false, "cosecha"));
		}
		assertThat(futures.stream().map(CompletableFuture::join).map(HarvestWrite::kind)).containsOnly(HarvestWrite.Kind.CREATED)
			.hasSize(200);
		assertThat(services.store.publicVersion() - before).as("public commits for 200 writes").isLessThan(200);
		Graph catalog = services.store.publicGraph(BASE + "/catalog").orElseThrow();
		assertThat(catalog.find(Node.ANY, org.apache.jena.vocabulary.DCAT.dataset.asNode(), Node.ANY).toList()).hasSize(200);
	}

}
