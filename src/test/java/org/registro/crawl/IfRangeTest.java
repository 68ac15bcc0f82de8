package org.registro.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** If-Range: a range applies only to the same file, named by its strong ETag or its exact date. */
class IfRangeTest {

	private static final String ETAG = "\"abc123\"";

	private static final Instant WRITTEN = Instant.parse("2026-11-23T10:12:04Z");

	@Test
	void withoutIfRangeARangeAlwaysApplies() {
		assertThat(IfRange.allowsRange(null, ETAG, WRITTEN)).isTrue();
	}

	@Test
	void onlyTheSameStrongTagMatches() {
		assertThat(IfRange.allowsRange(ETAG, ETAG, WRITTEN)).isTrue();
		assertThat(IfRange.allowsRange("\"older\"", ETAG, WRITTEN)).isFalse();
		assertThat(IfRange.allowsRange("W/" + ETAG, ETAG, WRITTEN)).as("weak tags never match").isFalse();
	}

	@Test
	void aDateMatchesOnlyTheExactLastModified() {
		assertThat(IfRange.allowsRange("Mon, 23 Nov 2026 10:12:04 GMT", ETAG, WRITTEN)).isTrue();
		assertThat(IfRange.allowsRange("Mon, 23 Nov 2026 10:12:05 GMT", ETAG, WRITTEN)).isFalse();
		assertThat(IfRange.allowsRange("yesterday", ETAG, WRITTEN)).isFalse();
	}

}
