package org.registro.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * All configuration under {@code registry.*}, one nested record per concern. Unknown keys are
 * rejected at start-up so that a misspelt setting is never silently ignored.
 *
 * @param baseUri the public base of every resource URI (no trailing slash)
 * @param dataDir where the TDB2 databases and the generated admin token live
 * @param demoData load the demo catalog on first start
 */
@ConfigurationProperties(prefix = "registry", ignoreUnknownFields = false)
public record RegistryProperties(@DefaultValue("http://localhost:8080") String baseUri,
		@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean demoData,
		@DefaultValue Security security, @DefaultValue Validation validation, @DefaultValue Api api,
		@DefaultValue Catalog catalog, @DefaultValue Writes writes, @DefaultValue Sparql sparql,
		@DefaultValue Login login, @DefaultValue Workflow workflow, @DefaultValue Feed feed,
		@DefaultValue Outbound outbound, @DefaultValue Harvest harvest) {

	public RegistryProperties {
		baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
	}

	/**
	 * @param adminToken the write token; when empty one is generated and stored in the data directory
	 * @param demoAccounts with demo data, also create the demo people (a coordinator and two editors)
	 * with their public passwords; off by default, since anyone who reads the README could log in
	 */
	public record Security(String adminToken, @DefaultValue("false") boolean demoAccounts) {
	}

	/** @param shapes Spring resource locations of the SHACL shape files every write is validated against */
	public record Validation(
			@DefaultValue({ "classpath:shapes/dcat-ap-3.ttl", "classpath:shapes/dcat-ap-3-vocabularies.ttl" }) List<String> shapes) {
	}

	/** @param maxBodySize the largest request body the write API reads */
	public record Api(@DefaultValue("5MB") DataSize maxBodySize) {
	}

	/** Describes the dcat:Catalog itself (DCAT-AP requires title, description and one publisher). */
	public record Catalog(@DefaultValue("Catálogo de datos abiertos") String title,
			@DefaultValue("Catálogo de metadatos de datos abiertos del gobierno.") String description,
			@DefaultValue("Oficina de datos abiertos") String publisherName) {
	}

	/**
	 * @param maxBatch group commit: concurrent writes are gathered into one transaction of at most
	 *        this many records, since each TDB2 commit syncs the disk
	 * @param compactEvery compact the TDB2 databases after this many record writes (0: never);
	 *        TDB2 never overwrites a page in place, so without compaction the data directory grows
	 *        by about a megabyte per write
	 */
	public record Writes(@DefaultValue("200") int maxBatch, @DefaultValue("10000") int compactEvery) {
	}

	/**
	 * Limits of the public SPARQL endpoint, which keep one researcher's query from taking the service
	 * away from everyone else.
	 * @param queryTimeout a query still running after this long is cancelled (503 "Query timed out")
	 * @param maxRows the most solutions a query returns; a query without a smaller LIMIT is cut here
	 * @param maxConcurrent queries evaluated at the same time
	 * @param maxQueued queries waiting for a free slot; one more gets 503 at once
	 * @param queueTimeout how long a query waits for a slot before it gets 503
	 * @param maxQuerySize the longest query text accepted (413 beyond); parsing costs more than
	 *        linear time in the length, and the time limit only starts after it
	 */
	public record Sparql(@DefaultValue("30s") Duration queryTimeout, @DefaultValue("10000") int maxRows,
			@DefaultValue("4") int maxConcurrent, @DefaultValue("32") int maxQueued,
			@DefaultValue("10s") Duration queueTimeout, @DefaultValue("256KB") DataSize maxQuerySize) {

		public Sparql {
			if (queryTimeout.isNegative() || queryTimeout.isZero() || maxRows < 1 || maxConcurrent < 1 || maxQueued < 0
					|| queueTimeout.isNegative() || maxQuerySize.toBytes() < 1) {
				throw new IllegalArgumentException(
						"registry.sparql: query-timeout and max-query-size must be positive, max-rows and max-concurrent at least 1, max-queued and queue-timeout not negative");
			}
		}

		/** How many triples a CONSTRUCT or DESCRIBE answer may hold: ten per row of the cap. */
		public long maxTriples() {
			return 10L * maxRows;
		}
	}

	/**
	 * Login throttling, kept in memory: after {@code maxFailuresPerUser} failed logins for one
	 * username, or {@code maxFailuresPerAddress} from one client address, within {@code window},
	 * further attempts are refused for {@code lockout}, even with the right password.
	 */
	public record Login(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
			@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

		public Login {
			if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero() || lockout.isNegative()) {
				throw new IllegalArgumentException("registry.login: the limits must be at least 1 and the window positive");
			}
		}
	}

	/** @param adminsPublish organization admins may publish their organization's records (otherwise only coordinators and sysadmins) */
	public record Workflow(@DefaultValue("false") boolean adminsPublish) {
	}

	/**
	 * The harvest feed ({@code /catalog}) and the CKAN-compatible search.
	 * @param pageSize datasets per page when the client does not say
	 * @param maxPageSize the most a client may ask for; larger requests are capped
	 * @param snapshotRetention how long a walk's point-in-time view is kept after the data changed:
	 * a harvester following next links within that time sees each record exactly once
	 */
	public record Feed(@DefaultValue("100") int pageSize, @DefaultValue("1000") int maxPageSize,
			@DefaultValue("6h") Duration snapshotRetention) {
		public Feed {
			if (pageSize < 1 || maxPageSize < pageSize || snapshotRetention.isNegative()) {
				throw new IllegalArgumentException("registry.feed: page-size must be at least 1 and at most max-page-size");
			}
		}
	}

	/**
	 * Requests the registry makes to other servers (harvesting, link checking, JSON-LD contexts).
	 * Only {@code http} and {@code https} URLs are fetched, and never to a private, loopback,
	 * link-local or otherwise local address unless it falls in {@code allowedNetworks}: a URL typed
	 * by a coordinator must not reach the registry's own network (SSRF).
	 * @param allowedNetworks CIDR ranges exempt from the local-address rule (empty: none)
	 * @param connectTimeout giving up on a connection
	 * @param readTimeout giving up on a response that stops arriving (between two reads)
	 * @param maxResponseSize a larger response body is cut off and the fetch fails
	 * @param maxRedirects redirects followed, each checked again
	 * @param politenessDelay the least time between two requests to one host
	 * @param perHostConcurrency requests to one host at the same time
	 * @param userAgent sent with every request
	 */
	public record Outbound(@DefaultValue({}) List<String> allowedNetworks, @DefaultValue("10s") Duration connectTimeout,
			@DefaultValue("60s") Duration readTimeout, @DefaultValue("256MB") DataSize maxResponseSize,
			@DefaultValue("5") int maxRedirects, @DefaultValue("500ms") Duration politenessDelay,
			@DefaultValue("2") int perHostConcurrency, @DefaultValue("Registro/0.1 (metadata harvester)") String userAgent) {
		public Outbound {
			if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()
					|| maxResponseSize.toBytes() < 1 || maxRedirects < 0 || politenessDelay.isNegative() || perHostConcurrency < 1) {
				throw new IllegalArgumentException(
						"registry.outbound: timeouts and max-response-size must be positive, per-host-concurrency at least 1, max-redirects and politeness-delay not negative");
			}
		}
	}

	/**
	 * Harvesting other catalogs into this one.
	 * @param batchSize records of a page submitted together before any is awaited (the store commits
	 *        them in transactions of at most {@code registry.writes.max-batch})
	 * @param concurrentJobs harvest jobs running at the same time
	 * @param scheduler run sources on their schedules (off: only when started by hand or API)
	 */
	public record Harvest(@DefaultValue("500") int batchSize, @DefaultValue("2") int concurrentJobs,
			@DefaultValue("true") boolean scheduler) {
		public Harvest {
			if (batchSize < 1 || concurrentJobs < 1) {
				throw new IllegalArgumentException("registry.harvest: batch-size and concurrent-jobs must be at least 1");
			}
		}
	}

}
