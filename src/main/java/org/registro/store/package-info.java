/**
 * Storage behind one interface, {@link org.registro.store.RecordStore}. The embedded
 * implementation keeps two TDB2 databases: a private <em>workspace</em> (every version of every
 * record, its state and history, drafts included) and a <em>public</em> database holding only what
 * anonymous readers may see (published record graphs, the catalog, the vocabularies). The public
 * database is a projection of the workspace, so no query over it can ever reach a draft, and a
 * standalone Fuseki can serve it as it is.
 */
package org.registro.store;
