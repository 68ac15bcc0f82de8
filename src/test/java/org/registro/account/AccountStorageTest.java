package org.registro.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.registro.security.OrgRole;
import org.registro.support.RegistryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** What the accounts database holds: hashes and digests, never a password or a token; and the demo accounts. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountStorageTest extends RegistryTest {

	@Autowired
	TdbAccountStore store;

	@Autowired
	AccountService accounts;

	@Autowired
	TokenService tokens;

	@Autowired
	DemoAccounts demo;

	@Test
	void passwordsTokensAndInvitationsAreNotStoredInClear() {
		String password = "secreto-muy-largo-123";
		accounts.create("st-ana", password, "Ana", "ana@example.org");
		String token = tokens.create("st-ana", "prueba").secret();
		String invitation = accounts.create("st-inv", null, "Inv", "inv@example.org").invitation();

		List<String> literals = new ArrayList<>();
		Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining((Quad q) -> {
			for (Node n : List.of(q.getSubject(), q.getObject())) {
				literals.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
			}
		}));
		assertThat(literals).noneMatch((s) -> s.contains(password))
			.noneMatch((s) -> s.contains(token.substring(4)))
			.noneMatch((s) -> s.contains(invitation))
			.contains(Secrets.digest(token), Secrets.digest(invitation));
		assertThat(store.account("st-ana").orElseThrow().passwordHash()).startsWith("{bcrypt}");
	}

	@Test
	void demoAccountsExistOnceWithTheirRoles() throws Exception {
		Account coordinator = store.account("coordinadora").orElseThrow();
		assertThat(coordinator.coordinator()).isTrue();
		assertThat(store.memberships("editor-salud")).containsExactly(new Membership("editor-salud", "salud", OrgRole.EDITOR));
		assertThat(store.memberships("editor-finanzas")).containsExactly(new Membership("editor-finanzas", "finanzas", OrgRole.EDITOR));
		demo.run(new DefaultApplicationArguments());
		assertThat(store.account("coordinadora").orElseThrow().created()).isEqualTo(coordinator.created());
	}

}
