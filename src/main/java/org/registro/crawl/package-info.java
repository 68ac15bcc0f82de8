/**
 * What crawlers and bulk consumers fetch: the full dumps of the public data
 * ({@code /catalog/dump.nq.gz}, {@code /catalog/dump.ttl.gz}), {@code /sitemap.xml} and
 * {@code /robots.txt}. It reads the store's public data only (in one read transaction per dump or
 * sitemap) and never writes to it; its only files are the cached dumps under
 * {@code {data-dir}/dumps/}.
 */
package org.registro.crawl;
