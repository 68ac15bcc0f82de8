package org.registro.account;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What a username, name, email and password must be; each check throws {@link AccountException}. */
final class AccountRules {

	static final int MIN_PASSWORD = 10;

	/** bcrypt reads at most 72 bytes (Spring Security refuses longer passwords). */
	static final int MAX_PASSWORD_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

	/** Deliberately loose: one @, no spaces, a dot in the domain. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private AccountRules() {
	}

	static void username(String username) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new AccountException("username", "account.error.username",
					"username must be 2 to 40 characters: lowercase letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		if (username.equals(org.registro.security.Actor.ADMIN_TOKEN)) {
			throw new AccountException("username", "account.error.reserved", "the username 'admin' is reserved for the admin token");
		}
	}

	static String name(String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new AccountException("name", "account.error.name", "name is required (at most 200 characters)");
		}
		return name.strip();
	}

	static String email(String email) {
		if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
			throw new AccountException("email", "account.error.email", "email must be an email address");
		}
		return email.strip();
	}

	static void password(String field, String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new AccountException(field, "account.error.passwordShort", "password must have at least " + MIN_PASSWORD + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new AccountException(field, "account.error.passwordLong", "password must be at most " + MAX_PASSWORD_BYTES + " bytes long");
		}
	}

	static String label(String label) {
		if (label == null || label.isBlank() || label.length() > 100) {
			throw new AccountException("label", "account.error.label", "label is required (at most 100 characters)");
		}
		return label.strip();
	}

}
