/**
 * The record life cycle shared by every kind of record (datasets, publishers, later legislative
 * entities): shaping a submitted graph into a record, validating it, committing it with its
 * history, withdrawing it. Knows nothing of HTTP; reaches storage only through
 * {@link org.registro.store.RecordStore}.
 */
package org.registro.record;
