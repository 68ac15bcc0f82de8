package org.registro.store;

import java.time.Clock;

import org.registro.system.RegistryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the embedded store under {@code registry.data-dir}. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean(destroyMethod = "close")
	TdbRecordStore recordStore(RegistryProperties properties) {
		return new TdbRecordStore(properties.dataDir(), properties.writes().maxBatch(), properties.writes().compactEvery());
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
