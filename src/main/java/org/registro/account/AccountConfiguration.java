package org.registro.account;

import org.registro.system.RegistryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Opens the accounts database under {@code registry.data-dir} and chooses the password hashing. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	@Bean(destroyMethod = "close")
	TdbAccountStore accountStore(RegistryProperties properties) {
		return new TdbAccountStore(properties.dataDir().resolve("accounts"));
	}

	/** bcrypt today; stored hashes name their algorithm ({@code {bcrypt}…}), so a later default can read them. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
