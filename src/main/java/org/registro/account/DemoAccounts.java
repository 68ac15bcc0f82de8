package org.registro.account;

import org.registro.security.OrgRole;
import org.registro.system.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code registry.demo-data} and {@code registry.security.demo-accounts}, creates the demo people once, after the demo publishers
 * (order 3, after {@code demo.DemoDataLoader}): a coordinator and an editor for two agencies.
 * Accounts that exist are left as they are, so later changes to them stay.
 */
@Component
@Order(3)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final RegistryProperties properties;

	private final AccountService accounts;

	private final MemberService members;

	DemoAccounts(RegistryProperties properties, AccountService accounts, MemberService members) {
		this.properties = properties;
		this.accounts = accounts;
		this.members = members;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoData() || !properties.security().demoAccounts()) {
			return;
		}
		accounts.ensure("coordinadora", "demo-coordinadora", "Coordinadora de datos abiertos", "coordinadora@example.org", true);
		editor("editor-salud", "salud", "Editor de Salud");
		editor("editor-finanzas", "finanzas", "Editora de Finanzas");
		log.warn("Demo accounts coordinadora, editor-salud and editor-finanzas exist with the public passwords "
				+ "demo-<username>: set registry.security.demo-accounts=false and disable them before real use");
	}

	private void editor(String username, String publisherId, String name) {
		if (!accounts.ensure(username, "demo-" + username, name, username + "@example.org", false)) {
			return;
		}
		try {
			members.setRole(publisherId, username, OrgRole.EDITOR);
		}
		catch (RuntimeException ex) {
			log.error("Demo account {} was not made an editor of {}: {}", username, publisherId, ex.getMessage());
		}
	}

}
