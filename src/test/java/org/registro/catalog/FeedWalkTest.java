package org.registro.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.store.RecordQuery;
import org.registro.store.RecordStore;
import org.registro.support.Fixtures;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.vocabulary.Hydra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A harvester walks the whole feed while records are added, changed and withdrawn. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedWalkTest extends RegistryTest {

	@LocalServerPort
	int port;

	@Autowired
	RecordService records;

	@Autowired
	RecordStore store;

	@Test
	void everyRecordThatExistedThroughoutTheWalkIsSeenExactlyOnce() throws Exception {
		List<String> seeded = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			publish("walk-" + i, "Recorrido " + i);
			seeded.add("walk-" + i);
		}
		Set<String> before = publishedDatasets();
		// Changed during the walk: every third withdrawn, every third re-published with a new title
		// (which moves it to the head of the feed's order), the rest untouched; and new ones added.
		List<String> toWithdraw = new ArrayList<>();
		List<String> toChange = new ArrayList<>();
		for (int i = 0; i < seeded.size(); i++) {
			(i % 3 == 0 ? toWithdraw : i % 3 == 1 ? toChange : new ArrayList<String>()).add(seeded.get(i));
		}
		Collections.shuffle(toWithdraw);
		Collections.shuffle(toChange);
		List<String> withdrawn = new CopyOnWriteArrayList<>();
		AtomicBoolean walking = new AtomicBoolean(true);
		AtomicInteger added = new AtomicInteger();
		Thread writer = new Thread(() -> {
			int step = 0;
			while (walking.get()) {
				String id = publish("walk-new-" + step, "Nuevo " + step);
				assertThat(id).isNotNull();
				added.incrementAndGet();
				if (step < toWithdraw.size()) {
					records.withdraw(ref(toWithdraw.get(step)), "prueba");
					withdrawn.add(ref(toWithdraw.get(step)).iri(BASE));
				}
				if (step < toChange.size()) {
					publish(toChange.get(step), "Recorrido cambiado " + step);
				}
				step++;
			}
		});
		writer.start();
		FeedClient client = new FeedClient(port);
		AtomicInteger pagesRead = new AtomicInteger();
		List<Graph> pages = client.walk("/catalog?page_size=4", Hydra.next, () -> {
			// Let the writer land changes between pages, as a slow harvester would.
			int waitFor = added.get() + 1;
			long until = System.currentTimeMillis() + 2000;
			while (added.get() < waitFor && System.currentTimeMillis() < until) {
				Thread.onSpinWait();
			}
			pagesRead.incrementAndGet();
		});
		walking.set(false);
		writer.join();

		Map<String, Integer> seen = new HashMap<>();
		pages.forEach((p) -> FeedClient.datasets(p).forEach((d) -> seen.merge(d, 1, Integer::sum)));
		Set<String> throughout = new HashSet<>(before);
		throughout.removeAll(withdrawn);
		assertThat(added.get()).as("records added during the walk").isGreaterThan(5);
		assertThat(withdrawn).as("records withdrawn during the walk").isNotEmpty();
		assertThat(seen.keySet()).as("every record that existed throughout the walk").containsAll(throughout);
		assertThat(seen).as("no record is seen twice").allSatisfy((d, n) -> assertThat(n).as(d).isEqualTo(1));
		assertThat(seen.keySet()).as("only records of the walk's start").isSubsetOf(before);
		assertThat(pages.size()).isGreaterThan(before.size() / 4 - 1);
	}

	@Test
	void walkingBackFromTheLastPageSeesTheSameRecordsInReverse() {
		publish("walk-back-1", "Atrás 1");
		FeedClient client = new FeedClient(port);
		List<String> forward = new ArrayList<>();
		client.walk("/catalog?page_size=3", Hydra.next, () -> { }).forEach((p) -> forward.addAll(order(p)));
		Graph first = client.read("/catalog?page_size=3");
		String last = FeedClient.link(first, Hydra.last).orElseThrow();
		List<String> backward = new ArrayList<>();
		List<Graph> pages = client.walk(last, Hydra.previous, () -> { });
		Collections.reverse(pages);
		pages.forEach((p) -> backward.addAll(order(p)));
		assertThat(backward).isEqualTo(forward);
		assertThat(FeedClient.link(pages.get(pages.size() - 1), Hydra.next)).as("the last page has no next").isEmpty();
		assertThat(FeedClient.link(pages.get(0), Hydra.previous)).as("the first page has no previous").isEmpty();
	}

	/** A page's datasets in the feed's order (newest first, then by id): the graph has no order of its own. */
	private List<String> order(Graph page) {
		List<String> ids = new ArrayList<>(FeedClient.datasets(page));
		Map<String, String> modified = new HashMap<>();
		ids.forEach((d) -> modified.put(d, page.find(org.apache.jena.graph.NodeFactory.createURI(d + "/record"),
				org.apache.jena.vocabulary.DCTerms.modified.asNode(), org.apache.jena.graph.Node.ANY).next().getObject()
			.getLiteralLexicalForm()));
		ids.sort((a, b) -> {
			int byTime = java.time.Instant.parse(modified.get(b)).compareTo(java.time.Instant.parse(modified.get(a)));
			return byTime != 0 ? byTime : a.compareTo(b);
		});
		return ids;
	}

	private Set<String> publishedDatasets() {
		Set<String> out = new HashSet<>();
		for (RecordState s : store.find(new RecordQuery(RecordStatus.PUBLISHED, null, false, Integer.MAX_VALUE))) {
			if (s.ref().kind() == RecordKind.DATASET) {
				out.add(s.ref().iri(BASE));
			}
		}
		return out;
	}

	private String publish(String id, String title) {
		String iri = ref(id).iri(BASE);
		records.put(ref(id), Rdf.parse(Fixtures.dataset(title).getBytes(java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE, iri),
				RecordStatus.PUBLISHED, "prueba");
		return iri;
	}

	private static RecordRef ref(String id) {
		return new RecordRef(RecordKind.DATASET, id);
	}

}
