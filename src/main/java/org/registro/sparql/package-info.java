/**
 * The public SPARQL 1.1 endpoint at {@code /sparql}: Fuseki's own protocol handling run inside the
 * registry's servlet container over the public data only (drafts live in another database), the
 * limits that keep it available (time limit, row cap, bounded concurrency), the service and VoID
 * descriptions, and the query page. It reads the store's public dataset and never writes.
 */
package org.registro.sparql;
