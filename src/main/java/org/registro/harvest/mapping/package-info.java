/**
 * What the JSON harvest readers (CKAN, data.json) share to turn a source's JSON into DCAT-AP: the
 * name tables that map source values to vocabulary IRIs ({@code harvest/*.ttl} and the EU tables
 * under {@code vocabularies/}), the rules for IRIs, dates and e-mail addresses, strict JSON field
 * reading, and the building of one record's graph. It reads and builds only: no fetching, no
 * validation, no writing.
 */
package org.registro.harvest.mapping;
