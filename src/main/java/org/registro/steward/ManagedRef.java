package org.registro.steward;

import org.registro.record.RecordKind;
import org.registro.record.RecordRef;

/** The {@code /manage/{kinds}/{id}} URLs: {@code datasets} or {@code publishers}. */
final class ManagedRef {

	static final String KINDS = "{kinds:datasets|publishers}";

	private ManagedRef() {
	}

	static RecordRef of(String kinds, String id) {
		return new RecordRef(RecordKind.fromCollection(kinds), id);
	}

	static String path(RecordRef ref) {
		return "/manage/" + ref.kind().collection() + "/" + ref.id();
	}

}
