package org.registro.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.registro.web.ConflictException;
import org.registro.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Accounts: creating them (with a password or an invitation), passwords, profile and flags. */
@Service
public class AccountService {

	/** How long an invitation link works. */
	public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	private final AccountStore store;

	private final PasswordEncoder encoder;

	private final Clock clock;

	AccountService(AccountStore store, PasswordEncoder encoder, Clock clock) {
		this.store = store;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** A new account and, when it was created without a password, the secret of its invitation link (shown once). */
	public record Created(Account account, String invitation, Instant invitationExpires) {
	}

	/**
	 * @throws AccountException when a field is wrong
	 * @throws ConflictException when the username is taken
	 */
	public Created create(String username, String password, String name, String email) {
		AccountRules.username(username);
		String cleanName = AccountRules.name(name);
		String cleanEmail = AccountRules.email(email);
		if (password != null) {
			AccountRules.password("password", password);
		}
		Instant now = clock.instant();
		Account account = new Account(username, cleanName, cleanEmail, password == null ? null : encoder.encode(password), true, false,
				false, now);
		if (!store.create(account)) {
			throw new ConflictException("The username '" + username + "' is taken");
		}
		if (password != null) {
			return new Created(account, null, null);
		}
		String secret = Secrets.newInvitation();
		Instant expires = now.plus(INVITATION_VALIDITY);
		store.addInvitation(new Invitation(Secrets.digest(secret), username, expires));
		return new Created(account, secret, expires);
	}

	public Optional<Account> find(String username) {
		return username == null ? Optional.empty() : store.account(username);
	}

	/** @throws NotFoundException when there is no such account */
	public Account get(String username) {
		return find(username).orElseThrow(() -> new NotFoundException("No account '" + username + "'"));
	}

	public List<Account> all() {
		return store.accounts();
	}

	public Account updateProfile(String username, String name, String email) {
		String checkedName = AccountRules.name(name);
		String checkedEmail = AccountRules.email(email);
		return change(username, (a) -> a.withProfile(checkedName, checkedEmail));
	}

	/** Changes a password after checking the current one. */
	public void changePassword(String username, String current, String replacement) {
		Account account = get(username);
		if (current == null || account.passwordHash() == null || !encoder.matches(current, account.passwordHash())) {
			throw new AccountException("current", "account.error.currentPassword", "the current password is not right");
		}
		AccountRules.password("password", replacement);
		String hash = encoder.encode(replacement);
		change(username, (a) -> a.withPasswordHash(hash));
	}

	/** Sets flags given as non-null; the others stay as they are. */
	public Account setFlags(String username, Boolean enabled, Boolean sysadmin, Boolean coordinator) {
		return change(username, (a) -> a.withFlags(enabled != null ? enabled : a.enabled(), sysadmin != null ? sysadmin : a.sysadmin(),
				coordinator != null ? coordinator : a.coordinator()));
	}

	/** One read-and-write of the account (see {@link AccountStore#update}); slow work such as hashing happens before. */
	private Account change(String username, java.util.function.UnaryOperator<Account> change) {
		return store.update(username, change).orElseThrow(() -> new NotFoundException("No account '" + username + "'"));
	}

	/** The account an unexpired, unspent invitation is for. */
	public Optional<Account> invitation(String secret) {
		if (secret == null || secret.length() > 100) {
			return Optional.empty();
		}
		return store.invitation(Secrets.digest(secret))
			.filter((i) -> i.expires().isAfter(clock.instant()))
			.flatMap((i) -> store.account(i.username()));
	}

	/** Sets the password of an invitation's account and spends the invitation; false when it is not valid (any more). */
	public boolean acceptInvitation(String secret, String password) {
		Optional<Account> account = invitation(secret);
		if (account.isEmpty()) {
			return false;
		}
		AccountRules.password("password", password);
		if (!store.spendInvitation(Secrets.digest(secret))) {
			return false;
		}
		String hash = encoder.encode(password);
		change(account.get().username(), (a) -> a.withPasswordHash(hash));
		return true;
	}

	/** For demo accounts: creates the account with this password unless it exists. */
	boolean ensure(String username, String password, String name, String email, boolean coordinator) {
		if (store.account(username).isPresent()) {
			return false;
		}
		create(username, password, name, email);
		if (coordinator) {
			setFlags(username, null, null, true);
		}
		return true;
	}

}
