package org.registro.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where accounts, memberships, API tokens and invitations are kept. Each method is one transaction.
 * Secrets arrive already hashed: a store never sees a password or a token.
 */
public interface AccountStore {

	Optional<Account> account(String username);

	/** Every account, by username. */
	List<Account> accounts();

	/** Adds an account; false (nothing changed) when the username is taken. */
	boolean create(Account account);

	/**
	 * Changes an existing account, reading and writing it in one transaction, so two changes made at
	 * once (a coordinator disabling it, its owner changing the password) never undo each other.
	 * @return the account as changed, or empty when there is none
	 */
	Optional<Account> update(String username, UnaryOperator<Account> change);

	List<Membership> memberships(String username);

	List<Membership> members(String publisherId);

	/** Sets the role; returns the previous membership if there was one. */
	Optional<Membership> setMembership(Membership membership);

	boolean removeMembership(String username, String publisherId);

	void addToken(ApiToken token);

	Optional<ApiToken> token(String id);

	Optional<ApiToken> tokenByDigest(String digest);

	List<ApiToken> tokens(String username);

	boolean removeToken(String id);

	void tokenUsed(String id, Instant at);

	void addInvitation(Invitation invitation);

	Optional<Invitation> invitation(String digest);

	/** Removes the invitation; false when it was already gone (spent by someone else). */
	boolean spendInvitation(String digest);

}
