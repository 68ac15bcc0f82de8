package org.registro.account;

import java.net.URI;
import java.util.List;

import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.system.RegistryProperties;
import org.registro.web.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users}: create (sysadmins, coordinators, organization admins inviting people),
 * list and read (never a secret), and set the global roles (sysadmins only).
 */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

	private final AccountService accounts;

	private final MemberService members;

	private final Permissions permissions;

	private final String baseUri;

	UserApiController(AccountService accounts, MemberService members, Permissions permissions, RegistryProperties properties) {
		this.accounts = accounts;
		this.members = members;
		this.permissions = permissions;
		this.baseUri = properties.baseUri();
	}

	record NewUser(String username, String password, String name, String email) {
	}

	record Roles(Boolean coordinator, Boolean sysadmin, Boolean enabled) {
	}

	@PostMapping
	ResponseEntity<UserJson> create(@RequestBody NewUser body) {
		if (!permissions.canCreateUsers(permissions.current())) {
			throw new ForbiddenException("Only sysadmins, coordinators and organization admins may create accounts");
		}
		AccountService.Created created = accounts.create(body.username(), body.password(), body.name(), body.email());
		UserJson json = UserJson.of(created.account(), List.of());
		if (created.invitation() != null) {
			json = json.withInvitation(baseUri + InvitationLinks.path(created.invitation()), created.invitationExpires());
		}
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.account().username())).body(json);
	}

	@GetMapping
	List<UserJson> list() {
		if (!permissions.editsAll(permissions.current())) {
			throw new ForbiddenException("Only sysadmins and coordinators may list accounts");
		}
		return accounts.all().stream().map((a) -> UserJson.of(a, members.memberships(a.username()))).toList();
	}

	@GetMapping("/{username}")
	UserJson get(@PathVariable String username) {
		Actor actor = permissions.current();
		Account account = accounts.get(username);
		List<Membership> memberships = members.memberships(username);
		boolean colleague = memberships.stream().anyMatch((m) -> permissions.canManageMembers(actor, m.publisherId()));
		if (!permissions.editsAll(actor) && !username.equals(actor.username()) && !colleague) {
			throw new ForbiddenException("You may not read the account '" + username + "'");
		}
		return UserJson.of(account, memberships);
	}

	@PutMapping("/{username}/roles")
	UserJson roles(@PathVariable String username, @RequestBody Roles body) {
		if (!permissions.current().sysadmin()) {
			throw new ForbiddenException("Only sysadmins may set the coordinator and sysadmin roles");
		}
		Account updated = accounts.setFlags(username, body.enabled(), body.sysadmin(), body.coordinator());
		return UserJson.of(updated, members.memberships(username));
	}

}
