package org.registro.account;

import java.util.List;

import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordStatus;
import org.registro.security.Actor;
import org.registro.security.OrgRole;
import org.registro.security.Permissions;
import org.registro.web.ForbiddenException;
import org.registro.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Who belongs to which organization, and with what role. Organizations are the publisher records. */
@Service
public class MemberService {

	private final AccountStore store;

	private final RecordService records;

	private final Permissions permissions;

	MemberService(AccountStore store, RecordService records, Permissions permissions) {
		this.store = store;
		this.records = records;
		this.permissions = permissions;
	}

	/** @throws NotFoundException unless a publisher record with that id exists and is not withdrawn */
	public void requirePublisher(String publisherId) {
		boolean exists = RecordRef.isValidId(publisherId) && records.state(new RecordRef(RecordKind.PUBLISHER, publisherId))
			.filter((s) -> s.status() != RecordStatus.WITHDRAWN)
			.isPresent();
		if (!exists) {
			throw new NotFoundException("No publisher '" + publisherId + "'");
		}
	}

	/** The members of a publisher the caller has checked with {@link #requireManager}. */
	public List<Membership> members(String publisherId) {
		return store.members(publisherId);
	}

	/**
	 * The checks before any change to an organization's members, for the API and the pages alike:
	 * the publisher exists (404), then the actor may manage its members (403).
	 */
	public void requireManager(Actor actor, String publisherId) {
		requirePublisher(publisherId);
		if (!permissions.canManageMembers(actor, publisherId)) {
			throw new ForbiddenException("You may not manage the members of the organization '" + publisherId + "'");
		}
	}

	public List<Membership> memberships(String username) {
		return store.memberships(username);
	}

	/** @return true when the membership is new, false when an existing role was changed */
	public boolean setRole(String publisherId, String username, OrgRole role) {
		requirePublisher(publisherId);
		if (store.account(username).isEmpty()) {
			throw new NotFoundException("No account '" + username + "'");
		}
		return store.setMembership(new Membership(username, publisherId, role)).isEmpty();
	}

	public void remove(String publisherId, String username) {
		requirePublisher(publisherId);
		if (!store.removeMembership(username, publisherId)) {
			throw new NotFoundException("'" + username + "' is not a member of '" + publisherId + "'");
		}
	}

}
