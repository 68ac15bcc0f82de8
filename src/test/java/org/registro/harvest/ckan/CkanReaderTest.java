package org.registro.harvest.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.registro.harvest.CollectingSink;
import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceRecord;
import org.registro.support.MapOutbound;
import org.registro.support.MapOutbound.Answer;
import org.registro.support.Services;

/** Paging, incremental runs and bad answers of the CKAN reader, against our own small fixtures. */
class CkanReaderTest {

	private final MapOutbound outbound = new MapOutbound();

	private final CkanReader reader = new CkanReader(outbound, new ValueTables(Services.vocabularies()));

	private final CollectingSink sink = new CollectingSink();

	private static List<String> packages(int n) {
		List<String> out = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			out.add(FakeCkan.pkg("id-" + i, "name-" + i, "\"Title " + i + "\""));
		}
		return out;
	}

	private ReadOutcome read(String url, int pageSize, Instant since) {
		return reader.read(new ReadRequest(URI.create(url), Map.of(), pageSize, null, since), sink);
	}

	@Test
	void walksThreePagesSortedByIdAndDeliversEveryPackageOnce() {
		outbound.route(FakeCkan.search(packages(7), 1000));
		ReadOutcome outcome = read(FakeCkan.SITE + "/api/3/action/package_search?q=ignored", 3, null);
		assertThat(outcome.complete()).isTrue();
		assertThat(outcome.errors()).isEmpty();
		assertThat(outcome.pages()).isEqualTo(3);
		assertThat(sink.pageSizes).containsExactly(3, 3, 1);
		assertThat(sink.records).extracting(SourceRecord::identifier)
			.containsExactly("id-1", "id-2", "id-3", "id-4", "id-5", "id-6", "id-7");
		assertThat(sink.records.getFirst().key()).isEqualTo(FakeCkan.SITE + "/dataset/id-1");
		List<Map<String, String>> queries = outbound.requests().stream().map(FakeCkan::query).toList();
		assertThat(queries).extracting((q) -> q.get("start")).containsExactly("0", "3", "6");
		assertThat(queries).allSatisfy((q) -> {
			assertThat(q).containsEntry("sort", "id asc").containsEntry("rows", "3").containsEntry("q", "*:*").doesNotContainKey("fq");
		});
		assertThat(outbound.requests().getFirst().getPath()).isEqualTo("/api/3/action/package_search");
	}

	@Test
	void followsWhatTheSiteSendsWhenItCapsRowsLower() {
		outbound.route(FakeCkan.search(packages(5), 2));
		ReadOutcome outcome = read(FakeCkan.SITE, 100, null);
		assertThat(outcome.complete()).isTrue();
		assertThat(sink.records).hasSize(5);
		assertThat(outbound.requests()).extracting((u) -> FakeCkan.query(u).get("start")).containsExactly("0", "2", "4");
	}

	@Test
	void incrementalRunAsksForChangesThenListsEveryKeyPresent() {
		List<String> changed = List.of(FakeCkan.pkg("id-2", "name-2", "\"Two\""));
		List<String> listing = List.of("{\"id\": \"id-1\", \"name\": \"name-1\"}", "{\"id\": \"id-2\", \"name\": \"name-2\"}",
				"{\"id\": \"id-3\", \"name\": \"name-3\", \"extras_uri\": \"https://other.example.org/ds/3\"}");
		outbound.route((uri) -> {
			Map<String, String> q = FakeCkan.query(uri);
			return q.containsKey("fq") ? FakeCkan.search(changed, 1000).apply(uri) : FakeCkan.search(listing, 1000).apply(uri);
		});
		ReadOutcome outcome = read(FakeCkan.SITE + "/", 100, Instant.parse("2026-01-02T03:04:05.678901Z"));
		assertThat(outcome.complete()).isTrue();
		assertThat(outcome.pages()).isEqualTo(2);
		assertThat(sink.records).extracting(SourceRecord::key).containsExactly(FakeCkan.SITE + "/dataset/id-2");
		assertThat(sink.present).containsExactly(FakeCkan.SITE + "/dataset/id-1", FakeCkan.SITE + "/dataset/id-2",
				"https://other.example.org/ds/3");
		Map<String, String> first = FakeCkan.query(outbound.requests().get(0));
		assertThat(first).containsEntry("fq", "metadata_modified:[2026-01-02T03:04:05.678Z TO *]").containsEntry("sort", "id asc");
		assertThat(FakeCkan.query(outbound.requests().get(1))).containsEntry("fl", "id,name,extras_uri").doesNotContainKey("fq");
	}

	@Test
	void anErrorEnvelopeEndsTheRunWithItsMessage() {
		outbound.route((uri) -> new Answer(200, "application/json",
				"{\"help\": \"x\", \"success\": false, \"error\": {\"__type\": \"Search Error\", \"message\": \"bad q\"}}"
					.getBytes(StandardCharsets.UTF_8)));
		ReadOutcome outcome = read(FakeCkan.SITE, 10, null);
		assertThat(outcome.complete()).isFalse();
		assertThat(sink.records).isEmpty();
		assertThat(outcome.errors()).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("api-error");
			assertThat(e.detail()).contains("Search Error").contains("bad q");
		});
	}

	@Test
	void aMissingResultOrCountIsAnUnexpectedShape() {
		outbound.route((uri) -> Answer.json("{\"success\": true, \"result\": {\"results\": []}}"));
		assertThat(read(FakeCkan.SITE, 10, null).errors()).extracting(RunError::code).containsExactly("unexpected-shape");
	}

	@Test
	void anHtmlPageIsTheWrongContentTypeAndBrokenJsonASyntaxError() {
		outbound.route((uri) -> new Answer(200, "text/html; charset=utf-8", "<html>Not here</html>".getBytes(StandardCharsets.UTF_8)));
		assertThat(read(FakeCkan.SITE, 10, null).errors()).extracting(RunError::code).containsExactly("wrong-content-type");
		outbound.route((uri) -> Answer.json("{\"success\": true,\n \"result\": {\"count\": 1, \"results\": [{\"id\": }]}}"));
		RunError error = read(FakeCkan.SITE, 10, null).errors().getFirst();
		assertThat(error.code()).isEqualTo("syntax-error");
		assertThat(error.detail()).contains("line 2");
	}

	@Test
	void aServerErrorOnPageTwoKeepsPageOneAndLeavesTheRunIncomplete() {
		List<String> all = packages(6);
		outbound.route((uri) -> FakeCkan.query(uri).get("start").equals("3")
				? new Answer(500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8))
				: FakeCkan.search(all, 1000).apply(uri));
		ReadOutcome outcome = read(FakeCkan.SITE, 3, null);
		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.pages()).isEqualTo(2);
		assertThat(sink.records).extracting(SourceRecord::identifier).containsExactly("id-1", "id-2", "id-3");
		assertThat(outcome.errors()).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("fetch-failed");
			assertThat(e.detail()).contains("HTTP 500");
			assertThat(e.url()).contains("start=3");
		});
	}

	@Test
	void aPackageWithANonTextTitleIsAProblemAndTheOthersGoOn() {
		List<String> all = List.of(FakeCkan.pkg("id-1", "one", "\"One\""), FakeCkan.pkg("id-2", "two", "{\"en\": \"Two\"}"), "[1, 2]",
				FakeCkan.pkg("id-4", "four", "\"Four\""));
		outbound.route(FakeCkan.search(all, 1000));
		ReadOutcome outcome = read(FakeCkan.SITE, 10, null);
		assertThat(outcome.complete()).isTrue();
		assertThat(sink.records).extracting(SourceRecord::identifier).containsExactly("id-1", "id-4");
		assertThat(sink.problems).hasSize(2);
		assertThat(sink.problems.get(0).code()).isEqualTo("bad-field");
		assertThat(sink.problems.get(0).detail()).isEqualTo("title must be text but is an object");
		assertThat(sink.problems.get(0).location()).endsWith("#2 (two)").contains("package_search");
		assertThat(sink.problems.get(1).code()).isEqualTo("not-an-object");
		assertThat(sink.problems.get(1).location()).endsWith("#3");
	}

	@Test
	void aCountThatChangesDuringTheWalkLeavesTheRunIncomplete() {
		List<String> all = packages(6);
		outbound.route((uri) -> {
			Answer a = FakeCkan.search(all, 1000).apply(uri);
			String start = FakeCkan.query(uri).get("start");
			return start.equals("0") ? a : Answer.json(new String(a.body(), StandardCharsets.UTF_8).replace("\"count\": 6", "\"count\": 7"));
		});
		ReadOutcome outcome = read(FakeCkan.SITE, 3, null);
		assertThat(outcome.complete()).isFalse();
		assertThat(sink.records).hasSize(6);
		assertThat(outcome.errors()).extracting(RunError::code).contains("count-changed");
	}

	@Test
	void aCountThatChangesWildlyStopsTheWalk() {
		List<String> all = packages(30);
		outbound.route((uri) -> {
			Answer a = FakeCkan.search(all, 1000).apply(uri);
			String start = FakeCkan.query(uri).get("start");
			return start.equals("0") ? a : Answer.json(new String(a.body(), StandardCharsets.UTF_8).replace("\"count\": 30", "\"count\": 3000"));
		});
		ReadOutcome outcome = read(FakeCkan.SITE, 10, null);
		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.pages()).isEqualTo(2);
		assertThat(sink.records).hasSize(10);
		assertThat(outcome.errors()).singleElement().satisfies((e) -> assertThat(e.detail()).contains("30 to 3000"));
	}

	@Test
	void normalisesTheSourceUrlToTheSiteRoot() {
		for (String url : List.of("https://x.org", "https://x.org/", "https://x.org/api/3", "https://x.org/api/3/",
				"https://x.org/api/3/action/package_search?q=a", "https://x.org/api/action/package_search")) {
			assertThat(CkanSite.of(URI.create(url)).root()).as(url).isEqualTo("https://x.org");
		}
		assertThat(CkanSite.of(URI.create("https://x.org/data/api/3/action")).root()).isEqualTo("https://x.org/data");
	}

}
