/**
 * The catalog: {@code /catalog} (the dcat:Catalog and its datasets), the home page, the catalog's
 * own description kept in the public data, and listings of published datasets.
 */
package org.registro.catalog;
