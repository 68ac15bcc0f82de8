package org.registro.steward;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.registro.record.RecordKind;
import org.registro.record.RecordNotFoundException;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.security.RecordOwner;
import org.registro.system.RegistryProperties;
import org.registro.web.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * The stewards' rules applied to one record: its owner is the publisher named in its latest
 * version (any status), and an edit must be allowed for the owner before and after, so nobody can
 * move another organization's record into their own.
 */
@Component
class RecordAccess {

	private final Permissions permissions;

	private final RecordService records;

	private final String baseUri;

	RecordAccess(Permissions permissions, RecordService records, RegistryProperties properties) {
		this.permissions = permissions;
		this.records = records;
		this.baseUri = properties.baseUri();
	}

	/** The publisher id owning the record's latest version, or null for none (coordinators only). */
	String owner(RecordState state) {
		if (state.ref().kind() == RecordKind.PUBLISHER) {
			return state.ref().id();
		}
		String iri = state.summary().publisher();
		String prefix = baseUri + "/" + RecordKind.PUBLISHER.segment() + "/";
		return iri != null && iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
	}

	/** The record's state when the actor may read its unpublished versions and history. */
	RecordState readable(Actor actor, RecordRef ref) {
		RecordState state = records.state(ref).orElseThrow(() -> new RecordNotFoundException(ref));
		if (!permissions.canRead(actor, owner(state))) {
			throw new ForbiddenException("You are not a member of the organization that owns " + ref);
		}
		return state;
	}

	boolean canEdit(Actor actor, RecordState state) {
		if (state.ref().kind() == RecordKind.PUBLISHER) {
			return permissions.canManagePublishers(actor);
		}
		return permissions.canEdit(actor, owner(state));
	}

	boolean canPublish(Actor actor, RecordState state) {
		if (state.ref().kind() == RecordKind.PUBLISHER) {
			return permissions.canManagePublishers(actor);
		}
		return permissions.canPublish(actor, owner(state));
	}

	/** Checks that the actor may write this content as this record, before and after. */
	void requireEdit(Actor actor, RecordRef ref, Graph content) {
		Optional<RecordState> current = records.state(ref);
		if (current.isPresent() && !canEdit(actor, current.get())) {
			throw new ForbiddenException("You may not edit " + ref + ": it belongs to another organization");
		}
		if (ref.kind() == RecordKind.PUBLISHER) {
			if (!permissions.canManagePublishers(actor)) {
				throw new ForbiddenException("Only coordinators manage organizations");
			}
			return;
		}
		String after = RecordOwner.publisherOf(ref, content, baseUri).orElse(null);
		if (!permissions.canEdit(actor, after)) {
			throw new ForbiddenException(after == null ? "Choose the publisher of the dataset"
					: "You may not write records of the organization '" + after + "'");
		}
	}

	void requirePublish(Actor actor, RecordState state) {
		if (!canPublish(actor, state)) {
			throw new ForbiddenException("Only a coordinator may publish, send back or withdraw " + state.ref());
		}
	}

	void requireEdit(Actor actor, RecordState state) {
		if (!canEdit(actor, state)) {
			throw new ForbiddenException("You may not edit " + state.ref());
		}
	}

}
