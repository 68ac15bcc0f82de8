/**
 * The index of the public catalog: one Lucene document per published dataset and per dataset
 * withdrawn after publication, kept in step with the public data by listening to its commits and
 * rebuilt from it at start. It serves the harvest feed's keyset pages on point-in-time snapshots
 * and the CKAN-compatible search (full text, filters, facets, sorting).
 */
package org.registro.search;
