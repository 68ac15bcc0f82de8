package org.registro.sparql;

import org.registro.system.RegistryProperties;
import org.registro.web.ContentNegotiator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mounts the endpoint's filter on {@code /sparql} and {@code /sparql/*}, after Spring Security's. */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration {

	@Bean
	FilterRegistrationBean<SparqlFilter> sparqlFilter(ContentNegotiator negotiator, RegistryProperties properties) {
		RegistryProperties.Sparql limits = properties.sparql();
		QuerySlots slots = new QuerySlots(limits.maxConcurrent(), limits.maxQueued(), limits.queueTimeout());
		FilterRegistrationBean<SparqlFilter> registration = new FilterRegistrationBean<>(new SparqlFilter(negotiator, slots, limits.maxQuerySize().toBytes()));
		registration.addUrlPatterns(FusekiEndpoint.PATH, FusekiEndpoint.PATH + "/*");
		registration.setName("sparql");
		return registration;
	}

}
