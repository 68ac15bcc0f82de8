package org.registro.harvest.datajson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.registro.harvest.CollectingSink;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RecordProblem;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceRecord;
import org.registro.outbound.BodyReader;
import org.registro.outbound.FetchedResponse;
import org.registro.outbound.Outbound;
import org.registro.support.MapOutbound;
import org.registro.support.MapOutbound.Answer;
import org.registro.support.Rdf;
import org.registro.support.Services;

/** The data.json reader on our own small documents: shapes, bad entries, broken JSON, streaming. */
class DataJsonReaderTest {

	private static final String URL = "https://portal.example.org/data.json";

	private static final ValueTables TABLES = new ValueTables(Services.vocabularies());

	private final MapOutbound outbound = new MapOutbound();

	private final CollectingSink sink = new CollectingSink();

	private ReadOutcome read(String body, int pageSize) {
		outbound.serve(URL, Answer.json(body));
		return new DataJsonReader(outbound, TABLES).read(new ReadRequest(URI.create(URL), Map.of(), pageSize, null, null), sink);
	}

	private static String entry(int i) {
		return "{\"identifier\": \"ds-" + i + "\", \"title\": \"Dataset " + i + "\", \"description\": \"About " + i + "\"}";
	}

	private static String catalog(List<String> entries) {
		return "{\"conformsTo\": \"https://project-open-data.cio.gov/v1.1/schema\", \"dataset\": [\n" + String.join(",\n", entries) + "\n]}";
	}

	@Test
	void handsRecordsToTheSinkInPagesOfThePageSize() {
		List<String> entries = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			entries.add(entry(i));
		}
		ReadOutcome outcome = read(catalog(entries), 3);
		assertThat(outcome.complete()).isTrue();
		assertThat(outcome.pages()).isEqualTo(1);
		assertThat(sink.pageSizes).containsExactly(3, 3, 1);
		assertThat(sink.records).extracting(SourceRecord::key).startsWith("identifier:ds-1", "identifier:ds-2");
		assertThat(sink.records.getFirst().subject().isBlank()).isTrue();
		assertThat(sink.records.getFirst().location()).isEqualTo(URL + " #1 (ds-1)");
	}

	@Test
	void malformedJsonInTheMiddleKeepsWhatCameBeforeAndSaysWhere() {
		String body = catalog(List.of(entry(1), entry(2), entry(3))).replace(entry(3), "{\"identifier\": \"ds-3\", \"title\": oops}");
		ReadOutcome outcome = read(body, 2);
		assertThat(outcome.complete()).isFalse();
		assertThat(sink.records).extracting(SourceRecord::identifier).containsExactly("ds-1", "ds-2");
		assertThat(outcome.errors()).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("syntax-error");
			assertThat(e.detail()).contains("line 4, column");
			assertThat(e.url()).isEqualTo(URL);
		});
	}

	@Test
	void anEntryThatIsNotAnObjectIsAProblemAndTheOthersGoOn() {
		ReadOutcome outcome = read(catalog(List.of(entry(1), "\"just text\"", "[1, [2]]", entry(4), "{\"title\": 5}")), 10);
		assertThat(outcome.complete()).isTrue();
		assertThat(sink.records).extracting(SourceRecord::identifier).containsExactly("ds-1", "ds-4");
		assertThat(sink.problems).extracting(RecordProblem::code).containsExactly("not-an-object", "not-an-object", "bad-field");
		assertThat(sink.problems.get(0).detail()).endsWith("is text");
		assertThat(sink.problems.get(1).location()).isEqualTo(URL + " #3");
		assertThat(sink.problems.get(2).detail()).isEqualTo("title must be text but is a number (5)");
	}

	@Test
	void acceptsTheOlderTopLevelList() {
		ReadOutcome outcome = read("[" + entry(1) + ", " + entry(2) + "]", 10);
		assertThat(outcome.complete()).isTrue();
		assertThat(sink.records).hasSize(2);
	}

	@Test
	void anHtmlPageIsTheWrongContentType() {
		outbound.serve(URL, new Answer(200, "text/html; charset=utf-8", "<html><body>Portal</body></html>".getBytes(StandardCharsets.UTF_8)));
		ReadOutcome outcome = new DataJsonReader(outbound, TABLES).read(new ReadRequest(URI.create(URL), Map.of(), 10, null, null), sink);
		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.errors()).extracting(RunError::code).containsExactly("wrong-content-type");
		assertThat(sink.pages).isEmpty();
	}

	@Test
	void aCatalogWithoutADatasetListIsAnUnexpectedShape() {
		assertThat(read("{\"title\": \"x\"}", 10).errors()).extracting(RunError::code).containsExactly("unexpected-shape");
	}

	@Test
	void aFetchThatFailsIsReported() {
		outbound.serve(URL, new Answer(503, "text/plain", new byte[0]));
		ReadOutcome outcome = new DataJsonReader(outbound, TABLES).read(new ReadRequest(URI.create(URL), Map.of(), 10, null, null), sink);
		assertThat(outcome.errors()).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("fetch-failed");
			assertThat(e.detail()).contains("HTTP 503");
		});
	}

	@Test
	void theCatalogPublisherAppliesToDatasetsWithoutOne() {
		read("""
				{"publisher": {"name": "National Portal", "mbox": "portal@example.org"},
				 "dataset": [{"identifier": "a", "title": "A"},
				             {"identifier": "b", "title": "B", "publisher": {"name": "Agency", "subOrganizationOf": {"name": "Ministry"}}}]}
				""", 10);
		Graph a = sink.records.get(0).graph();
		Graph b = sink.records.get(1).graph();
		assertThat(Rdf.ask(a, "ASK { ?d dct:publisher [ a foaf:Organization ; foaf:name \"National Portal\" ; foaf:mbox <mailto:portal@example.org> ] }"))
			.isTrue();
		assertThat(Rdf.ask(b, "PREFIX org: <http://www.w3.org/ns/org#> ASK { ?d dct:publisher [ foaf:name \"Agency\" ; org:subOrganizationOf [ foaf:name \"Ministry\" ] ] }"))
			.isTrue();
		assertThat(Rdf.ask(b, "ASK { ?d dct:publisher [ foaf:name \"National Portal\" ] }")).isFalse();
	}

	@Test
	void streamsTheDatasetListInsteadOfReadingTheWholeDocumentFirst() {
		int total = 20_000;
		long[] producedAtFirstPage = { -1 };
		DatasetsStream body = new DatasetsStream(total);
		Outbound streaming = new Outbound() {

			@Override
			public <T> T get(URI url, Map<String, String> headers, String accept, BodyReader<T> reader) {
				try {
					return reader.read(new FetchedResponse(url, 200, "application/json", null, -1), body);
				}
				catch (java.io.IOException ex) {
					throw new IllegalStateException(ex);
				}
			}

			@Override
			public void check(URI url) {
			}

		};
		List<Integer> pageSizes = new ArrayList<>();
		PageSink counting = (url, records, problems) -> {
			if (producedAtFirstPage[0] < 0) {
				producedAtFirstPage[0] = body.produced();
			}
			pageSizes.add(records.size());
		};
		ReadOutcome outcome = new DataJsonReader(streaming, TABLES).read(new ReadRequest(URI.create(URL), Map.of(), 100, null, null), counting);
		assertThat(outcome.complete()).isTrue();
		assertThat(pageSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
		// the first page went out when about 100 of 20,000 entries had been produced
		assertThat(producedAtFirstPage[0]).isLessThan(body.produced() / 50);
	}

	/** A data.json of n small datasets, produced as it is read, counting the bytes handed out. */
	private static final class DatasetsStream extends InputStream {

		private final int n;

		private int next;

		private byte[] chunk = "{\"dataset\": [".getBytes(StandardCharsets.UTF_8);

		private int pos;

		private long produced;

		DatasetsStream(int n) {
			this.n = n;
		}

		long produced() {
			return produced;
		}

		@Override
		public int read() {
			if (pos == chunk.length && !refill()) {
				return -1;
			}
			produced++;
			return chunk[pos++] & 0xff;
		}

		private boolean refill() {
			if (next > n) {
				return false;
			}
			String s = next == n ? "]}" : (next == 0 ? "" : ",") + entry(next + 1);
			next++;
			chunk = s.getBytes(StandardCharsets.UTF_8);
			pos = 0;
			return true;
		}

	}

}
