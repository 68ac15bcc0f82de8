package org.registro.security;


import org.registro.system.RegistryProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Every permission rule in one place. A {@code null} publisher id (a dataset without a publisher of
 * this registry) is writable by coordinators and sysadmins only. The admin token is a sysadmin.
 */
@Component
public class Permissions {

	/** The authority the admin token's authentication carries (a user called "admin" never gets it). */
	static final String ADMIN_TOKEN_AUTHORITY = "ADMIN_TOKEN";

	private static final Actor ADMIN = new Actor(Actor.ADMIN_TOKEN, "Administrator", true, false, java.util.Map.of());

	private final AccountDirectory directory;

	private final boolean adminsPublish;

	public Permissions(AccountDirectory directory, RegistryProperties properties) {
		this.directory = directory;
		this.adminsPublish = properties.workflow().adminsPublish();
	}

	/**
	 * The actor of the current request; anonymous (username null) when nobody is logged in. Read
	 * once per request and authentication (the model advice, the controller and the access checks
	 * all ask), so a request sees one consistent set of rights.
	 */
	public Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return of(authentication);
		}
		if (request.getAttribute(CURRENT, RequestAttributes.SCOPE_REQUEST) instanceof Current c && c.authentication() == authentication) {
			return c.actor();
		}
		Actor actor = of(authentication);
		request.setAttribute(CURRENT, new Current(authentication, actor), RequestAttributes.SCOPE_REQUEST);
		return actor;
	}

	private static final String CURRENT = Permissions.class.getName() + ".current";

	/** The actor read for an authentication. */
	private record Current(Authentication authentication, Actor actor) {
	}

	/** Read live from the accounts, so a disabled account counts as anonymous at once. */
	public Actor of(Authentication a) {
		if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) {
			return Actor.anonymous();
		}
		if (a.getAuthorities().stream().anyMatch((g) -> ADMIN_TOKEN_AUTHORITY.equals(g.getAuthority()))) {
			return ADMIN;
		}
		return directory.actor(a.getName()).orElse(Actor.anonymous());
	}

	/** Drafts and history: any role in the organization, coordinators, sysadmins. */
	public boolean canRead(Actor a, String publisherId) {
		return editsAll(a) || a.role(publisherId) != null;
	}

	public boolean canEdit(Actor a, String publisherId) {
		OrgRole role = a.role(publisherId);
		return editsAll(a) || (role != null && role.edits());
	}

	/** Coordinators and sysadmins; organization admins too when {@code registry.workflow.admins-publish}. */
	public boolean canPublish(Actor a, String publisherId) {
		return editsAll(a) || (adminsPublish && a.role(publisherId) == OrgRole.ADMIN);
	}

	public boolean canManageMembers(Actor a, String publisherId) {
		return editsAll(a) || a.role(publisherId) == OrgRole.ADMIN;
	}

	public boolean canManagePublishers(Actor a) {
		return editsAll(a);
	}

	/** Sysadmins and coordinators: every organization, records without one included. */
	public boolean editsAll(Actor a) {
		return a.sysadmin() || a.coordinator();
	}

	/** Whether the actor may edit records of at least one organization (and so create datasets). */
	public boolean editsAny(Actor a) {
		return editsAll(a) || a.roles().values().stream().anyMatch(OrgRole::edits);
	}

	/** Creating accounts (to invite them): sysadmins, coordinators and organization admins. */
	public boolean canCreateUsers(Actor a) {
		return editsAll(a) || a.roles().containsValue(OrgRole.ADMIN);
	}

}
