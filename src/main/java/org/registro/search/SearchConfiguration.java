package org.registro.search;

import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the catalog index; {@link IndexStartup} fills it. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	DatasetIndex datasetIndex(RecordStore store, RegistryProperties properties) {
		return new DatasetIndex(store, properties);
	}

}
