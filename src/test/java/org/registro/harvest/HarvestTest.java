package org.registro.harvest;

import org.registro.support.RegistryTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that harvest: they share a registry of their own (its own data directory),
 * because they add hundreds of records that would push the demo datasets off the catalog's first
 * page, which other tests read. The property only makes the context a different one.
 */
@TestPropertySource(properties = "spring.application.name=registro-harvest-tests")
abstract class HarvestTest extends RegistryTest {
}
