/**
 * The CKAN-compatible read API under {@code /api/3/action/}: CKAN's action names, parameters,
 * envelope, error types and package dicts, mapped from the published DCAT-AP records the way
 * ckanext-dcat's DCAT-AP parser maps them, so that CKAN clients and CKAN's own harvester can copy
 * the catalog. Searches run on the catalog index ({@code org.registro.search}); dicts are read from
 * the public data only. It never writes and never sees drafts. Documented in {@code docs/ckan.md}.
 */
package org.registro.ckan;
