package org.registro.harvest;

import java.time.Clock;
import java.util.List;

import org.registro.harvest.mapping.ValueTables;
import org.registro.harvest.read.SourceReader;
import org.registro.record.RecordService;
import org.registro.store.RecordStore;
import org.registro.system.RegistryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the harvest database under {@code registry.data-dir} and starts the job runners. */
@Configuration(proxyBeanMethods = false)
class HarvestConfiguration {

	@Bean(destroyMethod = "close")
	HarvestStore harvestStore(RegistryProperties properties) {
		return new HarvestStore(properties.dataDir().resolve("harvest"), properties.baseUri());
	}

	@Bean(destroyMethod = "close")
	HarvestJobs harvestJobs(HarvestStore store, RecordService records, RecordStore recordStore, ValueTables tables,
			List<SourceReader> readers, RegistryProperties properties, Clock clock) {
		return new HarvestJobs(store, records, new DatasetOwners(recordStore, properties.baseUri()), tables, readers, properties, clock);
	}

}
