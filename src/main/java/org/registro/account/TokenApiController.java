package org.registro.account;

import java.net.URI;
import java.util.List;

import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.web.ForbiddenException;
import org.registro.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A person's API tokens: their own, or anyone's for a sysadmin. The token itself is answered once, at creation. */
@RestController
class TokenApiController {

	private final TokenService tokens;

	private final AccountService accounts;

	private final Permissions permissions;

	TokenApiController(TokenService tokens, AccountService accounts, Permissions permissions) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.permissions = permissions;
	}

	record LabelBody(String label) {
	}

	/** A new token: the only time {@code token} is ever shown. */
	record IssuedJson(String id, String token, String label, String created) {
	}

	record TokenJson(String id, String label, String created, String lastUsed) {

		static TokenJson of(ApiToken t) {
			return new TokenJson(t.id(), t.label(), t.created().toString(), t.lastUsed() == null ? null : t.lastUsed().toString());
		}

	}

	@PostMapping("/api/v1/users/{username}/tokens")
	ResponseEntity<IssuedJson> create(@PathVariable String username, @RequestBody LabelBody body) {
		check(username);
		TokenService.Issued issued = tokens.create(username, body.label());
		ApiToken t = issued.token();
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + t.id()))
			.body(new IssuedJson(t.id(), issued.secret(), t.label(), t.created().toString()));
	}

	@GetMapping("/api/v1/users/{username}/tokens")
	List<TokenJson> list(@PathVariable String username) {
		check(username);
		accounts.get(username);
		return tokens.tokens(username).stream().map(TokenJson::of).toList();
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	ResponseEntity<Void> revoke(@PathVariable String id) {
		ApiToken t = tokens.token(id).orElseThrow(() -> new NotFoundException("No token '" + id + "'"));
		check(t.username());
		tokens.revoke(id);
		return ResponseEntity.noContent().build();
	}

	private void check(String username) {
		Actor a = permissions.current();
		if (!a.sysadmin() && !username.equals(a.username())) {
			throw new ForbiddenException("Only the account's owner or a sysadmin may manage its tokens");
		}
	}

}
