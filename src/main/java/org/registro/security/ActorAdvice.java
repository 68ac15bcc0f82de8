package org.registro.security;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's model has {@code actor}: who is looking (anonymous: username null), for the header and the pages' own choices. */
@ControllerAdvice
class ActorAdvice {

	private final Permissions permissions;

	ActorAdvice(Permissions permissions) {
		this.permissions = permissions;
	}

	@ModelAttribute("actor")
	Actor actor() {
		return permissions.current();
	}

}
