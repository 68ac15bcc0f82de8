package org.registro.account;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.registro.vocabulary.AccountTerms;

/**
 * Accounts in their own TDB2 database, {@code {data-dir}/accounts}, apart from the records: a
 * backup or a copy of the public data never carries password hashes, and the SPARQL endpoint can
 * never reach them. Everything is in the default graph.
 */
final class TdbAccountStore implements AccountStore, AutoCloseable {

	private final DatasetGraph dsg;

	TdbAccountStore(Path directory) {
		this.dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
	}

	/** For tests that inspect what is stored. */
	DatasetGraph dataset() {
		return dsg;
	}

	@Override
	public Optional<Account> account(String username) {
		return read((g) -> AccountGraph.account(g, AccountGraph.accountNode(username)));
	}

	@Override
	public List<Account> accounts() {
		return read((g) -> subjects(g, AccountTerms.Account).stream()
			.flatMap((s) -> AccountGraph.account(g, s).stream())
			.sorted(Comparator.comparing(Account::username))
			.toList());
	}

	@Override
	public boolean create(Account account) {
		return write((g) -> {
			if (AccountGraph.account(g, AccountGraph.accountNode(account.username())).isPresent()) {
				return false;
			}
			AccountGraph.write(g, account);
			return true;
		});
	}

	@Override
	public Optional<Account> update(String username, UnaryOperator<Account> change) {
		return write((g) -> AccountGraph.account(g, AccountGraph.accountNode(username)).map((current) -> {
			Account changed = change.apply(current);
			AccountGraph.write(g, changed);
			return changed;
		}));
	}

	@Override
	public List<Membership> memberships(String username) {
		return read((g) -> find(g, AccountTerms.username, username, AccountTerms.Membership).stream()
			.map((s) -> AccountGraph.membership(g, s))
			.sorted(Comparator.comparing(Membership::publisherId))
			.toList());
	}

	@Override
	public List<Membership> members(String publisherId) {
		return read((g) -> find(g, AccountTerms.organization, publisherId, AccountTerms.Membership).stream()
			.map((s) -> AccountGraph.membership(g, s))
			.sorted(Comparator.comparing(Membership::username))
			.toList());
	}

	@Override
	public Optional<Membership> setMembership(Membership m) {
		return write((g) -> {
			Node s = AccountGraph.membershipNode(m.username(), m.publisherId());
			Optional<Membership> before = g.contains(s, RDF.type.asNode(), AccountTerms.Membership.asNode())
					? Optional.of(AccountGraph.membership(g, s)) : Optional.empty();
			AccountGraph.write(g, m);
			return before;
		});
	}

	@Override
	public boolean removeMembership(String username, String publisherId) {
		return remove(AccountGraph.membershipNode(username, publisherId));
	}

	@Override
	public void addToken(ApiToken token) {
		write((g) -> {
			AccountGraph.write(g, token);
			return null;
		});
	}

	@Override
	public Optional<ApiToken> token(String id) {
		return read((g) -> {
			Node s = AccountGraph.tokenNode(id);
			return g.contains(s, RDF.type.asNode(), AccountTerms.ApiToken.asNode()) ? Optional.of(AccountGraph.token(g, s))
					: Optional.<ApiToken>empty();
		});
	}

	@Override
	public Optional<ApiToken> tokenByDigest(String digest) {
		return read((g) -> find(g, AccountTerms.digest, digest, AccountTerms.ApiToken).stream()
			.findFirst()
			.map((s) -> AccountGraph.token(g, s)));
	}

	@Override
	public List<ApiToken> tokens(String username) {
		return read((g) -> find(g, AccountTerms.username, username, AccountTerms.ApiToken).stream()
			.map((s) -> AccountGraph.token(g, s))
			.sorted(Comparator.comparing(ApiToken::created))
			.toList());
	}

	@Override
	public boolean removeToken(String id) {
		return remove(AccountGraph.tokenNode(id));
	}

	@Override
	public void tokenUsed(String id, Instant at) {
		write((g) -> {
			Node s = AccountGraph.tokenNode(id);
			if (g.contains(s, RDF.type.asNode(), AccountTerms.ApiToken.asNode())) {
				ApiToken t = AccountGraph.token(g, s);
				AccountGraph.write(g, new ApiToken(t.id(), t.username(), t.label(), t.digest(), t.created(), at));
			}
			return null;
		});
	}

	@Override
	public void addInvitation(Invitation invitation) {
		write((g) -> {
			AccountGraph.write(g, invitation);
			return null;
		});
	}

	@Override
	public Optional<Invitation> invitation(String digest) {
		return read((g) -> AccountGraph.invitation(g, AccountGraph.invitationNode(digest)));
	}

	@Override
	public boolean spendInvitation(String digest) {
		return remove(AccountGraph.invitationNode(digest));
	}

	@Override
	public void close() {
		dsg.close();
	}

	private boolean remove(Node s) {
		return write((g) -> {
			boolean present = g.contains(s, Node.ANY, Node.ANY);
			g.remove(s, Node.ANY, Node.ANY);
			return present;
		});
	}

	private static List<Node> subjects(Graph g, Resource type) {
		return g.find(Node.ANY, RDF.type.asNode(), type.asNode()).mapWith((t) -> t.getSubject()).toList();
	}

	/** Subjects of the given type with {@code p "value"}. */
	private static List<Node> find(Graph g, org.apache.jena.rdf.model.Property p, String value, Resource type) {
		List<Node> found = new ArrayList<>();
		g.find(Node.ANY, p.asNode(), AccountGraph.text(value)).forEachRemaining((t) -> {
			if (g.contains(t.getSubject(), RDF.type.asNode(), type.asNode())) {
				found.add(t.getSubject());
			}
		});
		return found;
	}

	private <T> T read(Function<Graph, T> reader) {
		return Txn.calculateRead(dsg, () -> reader.apply(dsg.getDefaultGraph()));
	}

	private <T> T write(Function<Graph, T> writer) {
		return Txn.calculateWrite(dsg, () -> writer.apply(dsg.getDefaultGraph()));
	}

}
