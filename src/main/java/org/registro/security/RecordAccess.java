package org.registro.security;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.registro.record.RecordKind;
import org.registro.record.RecordNotFoundException;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordState;
import org.registro.record.RecordStatus;
import org.registro.record.RecordSummary;
import org.registro.system.RegistryProperties;
import org.registro.web.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * The permission rules applied to one record, shared by the write API and the stewards' pages so
 * both enforce exactly the same thing. A record's owner is the organization its latest version
 * names, whatever its status; a write must be allowed for the owner before and after, so nobody can
 * move another organization's record into their own. Every refusal is a 403 naming the
 * organization, raised before anything is stored.
 */
@Component
public class RecordAccess {

	private final Permissions permissions;

	private final RecordService records;

	private final String baseUri;

	private final String publisherPrefix;

	RecordAccess(Permissions permissions, RecordService records, RegistryProperties properties) {
		this.permissions = permissions;
		this.records = records;
		this.baseUri = properties.baseUri();
		this.publisherPrefix = baseUri + "/" + RecordKind.PUBLISHER.segment() + "/";
	}

	/** The publisher id owning the record's latest version, or null for none (coordinators only). */
	public String owner(RecordState state) {
		if (state.ref().kind() == RecordKind.PUBLISHER) {
			return state.ref().id();
		}
		if (state.summary().equals(RecordSummary.EMPTY)) {
			// Written before records kept a summary and not backfilled yet (start-up): ask the content.
			return records.latest(state.ref())
				.flatMap((content) -> RecordOwner.publisherOf(state.ref(), content, records.subject(state.ref()), baseUri))
				.orElse(null);
		}
		String iri = state.summary().publisher();
		return iri != null && iri.startsWith(publisherPrefix) ? iri.substring(publisherPrefix.length()) : null;
	}

	/** The record's state when the actor may read its unpublished versions and history. */
	public RecordState readable(Actor actor, RecordRef ref) {
		RecordState state = records.state(ref).orElseThrow(() -> new RecordNotFoundException(ref));
		if (!permissions.canRead(actor, owner(state))) {
			throw new ForbiddenException("You may not read drafts or history of " + organization(owner(state)));
		}
		return state;
	}

	/** Editing a publisher record is for coordinators, and for the admins of that organization. */
	public boolean canEdit(Actor actor, RecordState state) {
		if (state.ref().kind() == RecordKind.PUBLISHER) {
			return permissions.canManagePublishers(actor) || actor.role(state.ref().id()) == OrgRole.ADMIN;
		}
		return permissions.canEdit(actor, owner(state));
	}

	public boolean canPublish(Actor actor, RecordState state) {
		if (state.ref().kind() == RecordKind.PUBLISHER) {
			return permissions.canManagePublishers(actor);
		}
		return permissions.canPublish(actor, owner(state));
	}

	public void requireEdit(Actor actor, RecordState state) {
		if (!canEdit(actor, state)) {
			throw new ForbiddenException("You may not edit records of " + organization(owner(state)));
		}
	}

	/** Publish, send back and withdraw. */
	public void requirePublish(Actor actor, RecordState state) {
		if (!canPublish(actor, state)) {
			throw new ForbiddenException("You may not publish, send back or withdraw records of " + organization(owner(state)));
		}
	}

	/**
	 * Checks that the actor may write this content as this record with this status: edit rights for
	 * the current owner and for the owner the content names, and publish rights when it publishes.
	 */
	public void requireWrite(Actor actor, RecordRef ref, Graph content, RecordStatus status) {
		Optional<RecordState> current = records.state(ref);
		if (ref.kind() == RecordKind.PUBLISHER) {
			boolean admin = current.isPresent() && actor.role(ref.id()) == OrgRole.ADMIN;
			if (!permissions.canManagePublishers(actor) && !admin) {
				throw new ForbiddenException("You may not create or change the publisher record " + organization(ref.id()));
			}
			if (status == RecordStatus.PUBLISHED && !permissions.canManagePublishers(actor)) {
				throw new ForbiddenException("You may not publish records of " + organization(ref.id()));
			}
			return;
		}
		current.ifPresent((state) -> requireEdit(actor, state));
		String after = RecordOwner.publisherOf(ref, content, records.subject(ref), baseUri).orElse(null);
		if (!permissions.canEdit(actor, after)) {
			throw new ForbiddenException("You may not edit records of " + organization(after));
		}
		if (status == RecordStatus.PUBLISHED) {
			current.ifPresent((state) -> requirePublish(actor, state));
			if (!permissions.canPublish(actor, after)) {
				throw new ForbiddenException("You may not publish records of " + organization(after));
			}
		}
	}

	/** Whether {@link #requireWrite} would allow it. */
	public boolean mayWrite(Actor actor, RecordRef ref, Graph content, RecordStatus status) {
		try {
			requireWrite(actor, ref, content, status);
			return true;
		}
		catch (ForbiddenException ex) {
			return false;
		}
	}

	/** @return the record's state, for the caller's own use */
	public RecordState requireWithdraw(Actor actor, RecordRef ref) {
		RecordState state = records.state(ref).orElseThrow(() -> new RecordNotFoundException(ref));
		requirePublish(actor, state);
		return state;
	}

	private static String organization(String publisherId) {
		return publisherId == null ? "records without a publisher of this registry" : "the organization '" + publisherId + "'";
	}

}
