package org.registro.account;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.registro.security.OrgRole;
import org.registro.vocabulary.AccountTerms;

/** How accounts, memberships, tokens and invitations are written as triples, and read back. */
final class AccountGraph {

	private AccountGraph() {
	}

	static Node accountNode(String username) {
		return NodeFactory.createURI(AccountTerms.URN + "account:" + username);
	}

	static Node membershipNode(String username, String publisherId) {
		return NodeFactory.createURI(AccountTerms.URN + "membership:" + username + ":" + publisherId);
	}

	static Node tokenNode(String id) {
		return NodeFactory.createURI(AccountTerms.URN + "token:" + id);
	}

	static Node invitationNode(String digest) {
		return NodeFactory.createURI(AccountTerms.URN + "invitation:" + digest);
	}

	static void write(Graph g, Account a) {
		Node s = accountNode(a.username());
		g.remove(s, Node.ANY, Node.ANY);
		g.add(Triple.create(s, RDF.type.asNode(), AccountTerms.Account.asNode()));
		add(g, s, AccountTerms.username, text(a.username()));
		add(g, s, AccountTerms.name, text(a.name()));
		add(g, s, AccountTerms.email, text(a.email()));
		if (a.passwordHash() != null) {
			add(g, s, AccountTerms.passwordHash, text(a.passwordHash()));
		}
		add(g, s, AccountTerms.enabled, bool(a.enabled()));
		add(g, s, AccountTerms.sysadmin, bool(a.sysadmin()));
		add(g, s, AccountTerms.coordinator, bool(a.coordinator()));
		add(g, s, AccountTerms.created, time(a.created()));
	}

	static Optional<Account> account(Graph g, Node s) {
		if (!g.contains(s, RDF.type.asNode(), AccountTerms.Account.asNode())) {
			return Optional.empty();
		}
		return Optional.of(new Account(string(g, s, AccountTerms.username), string(g, s, AccountTerms.name), string(g, s, AccountTerms.email),
				string(g, s, AccountTerms.passwordHash), flag(g, s, AccountTerms.enabled), flag(g, s, AccountTerms.sysadmin),
				flag(g, s, AccountTerms.coordinator), instant(g, s, AccountTerms.created)));
	}

	static void write(Graph g, Membership m) {
		Node s = membershipNode(m.username(), m.publisherId());
		g.remove(s, Node.ANY, Node.ANY);
		g.add(Triple.create(s, RDF.type.asNode(), AccountTerms.Membership.asNode()));
		add(g, s, AccountTerms.username, text(m.username()));
		add(g, s, AccountTerms.organization, text(m.publisherId()));
		add(g, s, AccountTerms.role, text(m.role().token()));
	}

	static Membership membership(Graph g, Node s) {
		return new Membership(string(g, s, AccountTerms.username), string(g, s, AccountTerms.organization),
				OrgRole.ofToken(string(g, s, AccountTerms.role)));
	}

	static void write(Graph g, ApiToken t) {
		Node s = tokenNode(t.id());
		g.remove(s, Node.ANY, Node.ANY);
		g.add(Triple.create(s, RDF.type.asNode(), AccountTerms.ApiToken.asNode()));
		add(g, s, AccountTerms.tokenId, text(t.id()));
		add(g, s, AccountTerms.username, text(t.username()));
		add(g, s, AccountTerms.label, text(t.label()));
		add(g, s, AccountTerms.digest, text(t.digest()));
		add(g, s, AccountTerms.created, time(t.created()));
		if (t.lastUsed() != null) {
			add(g, s, AccountTerms.lastUsed, time(t.lastUsed()));
		}
	}

	static ApiToken token(Graph g, Node s) {
		return new ApiToken(string(g, s, AccountTerms.tokenId), string(g, s, AccountTerms.username), string(g, s, AccountTerms.label),
				string(g, s, AccountTerms.digest), instant(g, s, AccountTerms.created), instant(g, s, AccountTerms.lastUsed));
	}

	static void write(Graph g, Invitation i) {
		Node s = invitationNode(i.digest());
		g.add(Triple.create(s, RDF.type.asNode(), AccountTerms.Invitation.asNode()));
		add(g, s, AccountTerms.digest, text(i.digest()));
		add(g, s, AccountTerms.username, text(i.username()));
		add(g, s, AccountTerms.expires, time(i.expires()));
	}

	static Optional<Invitation> invitation(Graph g, Node s) {
		if (!g.contains(s, RDF.type.asNode(), AccountTerms.Invitation.asNode())) {
			return Optional.empty();
		}
		return Optional.of(new Invitation(string(g, s, AccountTerms.digest), string(g, s, AccountTerms.username),
				instant(g, s, AccountTerms.expires)));
	}

	static Node text(String s) {
		return NodeFactory.createLiteralString(s);
	}

	private static void add(Graph g, Node s, Property p, Node o) {
		g.add(Triple.create(s, p.asNode(), o));
	}

	private static Node bool(boolean b) {
		return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
	}

	private static Node time(Instant t) {
		return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
	}

	private static Optional<Node> object(Graph g, Node s, Property p) {
		var it = g.find(s, p.asNode(), Node.ANY);
		try {
			return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
		}
		finally {
			it.close();
		}
	}

	private static String string(Graph g, Node s, Property p) {
		return object(g, s, p).map(Node::getLiteralLexicalForm).orElse(null);
	}

	private static boolean flag(Graph g, Node s, Property p) {
		return object(g, s, p).map((n) -> "true".equals(n.getLiteralLexicalForm())).orElse(false);
	}

	private static Instant instant(Graph g, Node s, Property p) {
		return object(g, s, p).map((n) -> Instant.parse(n.getLiteralLexicalForm())).orElse(null);
	}

}
