package org.registro.api;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.registro.record.RecordKind;
import org.registro.record.RecordNotFoundException;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.security.Actor;
import org.registro.security.OrgRole;
import org.registro.security.Permissions;
import org.registro.security.RecordOwner;
import org.registro.system.RegistryProperties;
import org.registro.web.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * The write API's permission checks. A record's owner is the organization its latest stored
 * version names (whatever its status) and, for a write, also the one the new body names: moving a
 * dataset needs the right to edit in both. Every refusal is a 403 naming the organization, raised
 * before anything is stored.
 */
@Component
class RecordAccess {

	private final RecordService records;

	private final Permissions permissions;

	private final String baseUri;

	RecordAccess(RecordService records, Permissions permissions, RegistryProperties properties) {
		this.records = records;
		this.permissions = permissions;
		this.baseUri = properties.baseUri();
	}

	void checkWrite(RecordRef ref, Graph body, RecordStatus status) {
		Actor a = permissions.current();
		Optional<RecordState> state = records.state(ref);
		if (ref.kind() == RecordKind.PUBLISHER) {
			boolean admin = state.isPresent() && a.role(ref.id()) == OrgRole.ADMIN;
			if (!permissions.canManagePublishers(a) && !admin) {
				throw new ForbiddenException("You may not create or change the publisher record " + organization(ref.id()));
			}
			if (status == RecordStatus.PUBLISHED && !permissions.canPublish(a, ref.id())) {
				throw new ForbiddenException("You may not publish records of " + organization(ref.id()));
			}
			return;
		}
		String before = state.map((s) -> owner(ref, s)).orElse(null);
		String after = RecordOwner.publisherOf(ref, body, baseUri).orElse(null);
		for (String owner : state.isPresent() ? new String[] { before, after } : new String[] { after }) {
			if (!permissions.canEdit(a, owner)) {
				throw new ForbiddenException("You may not edit records of " + organization(owner));
			}
			if (status == RecordStatus.PUBLISHED && !permissions.canPublish(a, owner)) {
				throw new ForbiddenException("You may not publish records of " + organization(owner));
			}
		}
	}

	/** @return the record's state, for the caller's own use */
	RecordState checkWithdraw(RecordRef ref) {
		Actor a = permissions.current();
		RecordState state = records.state(ref).orElseThrow(() -> new RecordNotFoundException(ref));
		String owner = owner(ref, state);
		if (!permissions.canPublish(a, owner) || (ref.kind() == RecordKind.PUBLISHER && !permissions.canManagePublishers(a))) {
			throw new ForbiddenException("You may not withdraw records of " + organization(owner));
		}
		return state;
	}

	/** Drafts and history: any role in the owning organization. */
	RecordState checkRead(RecordRef ref) {
		RecordState state = records.state(ref).orElseThrow(() -> new RecordNotFoundException(ref));
		String owner = owner(ref, state);
		if (!permissions.canRead(permissions.current(), owner)) {
			throw new ForbiddenException("You may not read drafts or history of " + organization(owner));
		}
		return state;
	}

	private String owner(RecordRef ref, RecordState state) {
		Graph latest = ref.kind() == RecordKind.PUBLISHER ? null : records.version(ref, state.version());
		return RecordOwner.publisherOf(ref, latest, baseUri).orElse(null);
	}

	private static String organization(String publisherId) {
		return publisherId == null ? "records without a publisher of this registry" : "the organization '" + publisherId + "'";
	}

}
