package org.registro.harvest;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/** The harvest pages' addresses, so controllers and redirects spell them once. */
final class HarvestPaths {

	static final String HOME = "/manage/harvest";

	private HarvestPaths() {
	}

	static String source(String id) {
		return HOME + "/sources/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
	}

	static String job(String id) {
		return HOME + "/jobs/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
	}

}
