package org.registro.security;

import java.util.Map;

/**
 * Who makes a request, with every right they hold, as read at the start of the request.
 *
 * @param username null for an anonymous visitor; {@code admin} for the admin token
 * @param roles publisher id to role
 */
public record Actor(String username, String name, boolean sysadmin, boolean coordinator, Map<String, OrgRole> roles) {

	/** The actor of the admin token. */
	public static final String ADMIN_TOKEN = "admin";

	private static final Actor ANONYMOUS = new Actor(null, null, false, false, Map.of());

	public Actor {
		roles = Map.copyOf(roles);
	}

	public static Actor anonymous() {
		return ANONYMOUS;
	}

	public boolean authenticated() {
		return username != null;
	}

	/** The role in one organization, or null. */
	public OrgRole role(String publisherId) {
		return publisherId == null ? null : roles.get(publisherId);
	}

}
