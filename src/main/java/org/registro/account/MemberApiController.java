package org.registro.account;

import java.util.List;

import org.registro.security.OrgRole;
import org.registro.security.Permissions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/publishers/{id}/members}: an organization's people and their roles (its admins, coordinators, sysadmins). */
@RestController
@RequestMapping("/api/v1/publishers/{id}/members")
class MemberApiController {

	private final MemberService members;

	private final AccountService accounts;

	private final Permissions permissions;

	MemberApiController(MemberService members, AccountService accounts, Permissions permissions) {
		this.members = members;
		this.accounts = accounts;
		this.permissions = permissions;
	}

	record RoleBody(String role) {
	}

	record MemberJson(String username, String name, String publisher, String role) {
	}

	@GetMapping
	List<MemberJson> list(@PathVariable String id) {
		check(id);
		return members.members(id).stream().map(this::json).toList();
	}

	@PutMapping("/{username}")
	ResponseEntity<MemberJson> put(@PathVariable String id, @PathVariable String username, @RequestBody RoleBody body) {
		check(id);
		OrgRole role;
		try {
			role = OrgRole.ofToken(body.role());
		}
		catch (IllegalArgumentException ex) {
			throw new AccountException("role", "account.error.role", ex.getMessage());
		}
		boolean created = members.setRole(id, username, role);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
			.body(json(new Membership(username, id, role)));
	}

	@DeleteMapping("/{username}")
	ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String username) {
		check(id);
		members.remove(id, username);
		return ResponseEntity.noContent().build();
	}

	/** 404 for an unknown publisher first (publishers are public), then 403. */
	private void check(String id) {
		members.requireManager(permissions.current(), id);
	}

	private MemberJson json(Membership m) {
		String name = accounts.find(m.username()).map(Account::name).orElse(null);
		return new MemberJson(m.username(), name, m.publisherId(), m.role().token());
	}

}
