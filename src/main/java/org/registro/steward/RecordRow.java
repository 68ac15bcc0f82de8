package org.registro.steward;

import java.time.Instant;
import java.util.Locale;

import org.registro.record.RecordState;

/** One record in a dashboard list or a page header, ready for a template. */
record RecordRow(String href, String kind, String id, String title, String status, Instant modified, int warnings,
		String owner) {

	static RecordRow of(RecordState s, Locale locale, String owner) {
		return new RecordRow(ManagedRef.path(s.ref()), s.ref().kind().segment(), s.ref().id(),
				s.summary().title(locale, s.ref().id()), s.status().token(), s.modified(), s.warnings(), owner);
	}

}
