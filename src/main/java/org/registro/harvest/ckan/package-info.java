/**
 * Harvesting a CKAN site through its Action API: {@link org.registro.harvest.ckan.CkanReader} pages
 * {@code package_search} and maps each package dict to DCAT-AP (the reverse of
 * {@code org.registro.ckan}'s mapping, as ckanext-dcat reads CKAN). Fetches go through
 * {@link org.registro.outbound.Outbound}; validation and writing are the harvester's.
 */
package org.registro.harvest.ckan;
