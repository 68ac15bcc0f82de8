package org.registro.harvest;

import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.web.ForbiddenException;
import org.springframework.stereotype.Component;

/** The harvest pages' one rule: coordinators and sysadmins only (the login itself is the security chain's). */
@Component
class HarvestAccess {

	private final Permissions permissions;

	HarvestAccess(Permissions permissions) {
		this.permissions = permissions;
	}

	/**
	 * @return the signed-in coordinator or sysadmin
	 * @throws ForbiddenException for anyone else
	 */
	Actor require() {
		Actor actor = permissions.current();
		if (!permissions.editsAll(actor)) {
			throw new ForbiddenException("Only coordinators and sysadmins manage harvest sources");
		}
		return actor;
	}

}
