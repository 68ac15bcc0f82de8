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
	void twoChangesAtOnceToOneAccountBothStay() throws Exception {
		accounts.create("as-cambios", "una-contraseña-larga", "Antes", "antes@example.org");
		java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			// A coordinator disables the account while its owner's profile change is being written.
			java.util.concurrent.Future<Account> disable = other.submit(() -> {
				inside.await();
				return accounts.setFlags("as-cambios", false, null, null);
			});
			store.update("as-cambios", (a) -> {
				inside.countDown();
				try {
					Thread.sleep(200); // let the disable reach the store and wait for this write
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return a.withProfile("Después", "despues@example.org");
			});
			disable.get(10, java.util.concurrent.TimeUnit.SECONDS);
		}
		finally {
			other.shutdownNow();
		}
		Account now = accounts.get("as-cambios");
		assertThat(now.enabled()).as("the disable is not undone by the profile change").isFalse();
		assertThat(now.name()).as("nor the profile change by the disable").isEqualTo("Después");
		assertThat(store.update("as-nadie", (a) -> a)).isEmpty();
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
