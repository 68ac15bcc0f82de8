package org.registro.harvest.dcat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.util.Context;
import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceReader;
import org.registro.harvest.read.SourceType;
import org.registro.outbound.Outbound;
import org.registro.outbound.OutboundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads a DCAT RDF source: one document, a single large dump, or pages linked by {@code hydra:next}
 * (or {@code hydra:nextPage}). Each page is parsed, split into one record per {@code dcat:Dataset} and
 * handed to the sink before the next is fetched. The run stops, incomplete, at the first page that
 * cannot be fetched or read, at a link back to a page already read, and past the page limit.
 */
@Component
public class DcatReader implements SourceReader {

	/** Records per sink call when the source's page size is not set. */
	static final int DEFAULT_CHUNK = 500;

	private final Outbound outbound;

	private final Limits limits;

	private final PageParser parser;

	@Autowired
	public DcatReader(Outbound outbound) {
		this(outbound, Limits.DEFAULT, null);
	}

	/** With other limits, and parser settings (a JSON-LD context loader) instead of Jena's global ones. */
	DcatReader(Outbound outbound, Limits limits, Context parseContext) {
		this.outbound = outbound;
		this.limits = limits;
		this.parser = new PageParser(limits, parseContext);
	}

	@Override
	public SourceType type() {
		return SourceType.DCAT;
	}

	@Override
	public ReadOutcome read(ReadRequest request, PageSink sink) {
		RecordChunks chunks = new RecordChunks(request.pageSize() > 0 ? request.pageSize() : DEFAULT_CHUNK);
		Set<URI> read = new HashSet<>();
		URI url = request.url();
		int pages = 0;
		while (url != null) {
			if (pages >= limits.maxPages()) {
				return incomplete(pages, new RunError(url.toString(), "too-many-pages",
						"The source has more than " + limits.maxPages() + " pages; the rest was not read."));
			}
			try (LoadedPage page = fetch(request, url)) {
				pages += page.fetched() ? 1 : 0;
				if (page.error() != null) {
					return incomplete(pages, page.error());
				}
				read.add(NextLinks.withoutFragment(url));
				read.add(NextLinks.withoutFragment(page.url()));
				chunks.deliver(page.url(), page.store(), sink);
				Next next = next(page, read);
				if (next.error() != null) {
					return incomplete(pages, next.error());
				}
				url = next.url();
			}
		}
		return new ReadOutcome(true, pages, List.of());
	}

	private LoadedPage fetch(ReadRequest request, URI url) {
		try {
			return outbound
				.get(url, request.headers(), PageFormats.accept(request.format()),
						LoadedPage.reader(parser, request.format(), limits.spillBytes()))
				.parsed(parser);
		}
		catch (OutboundException ex) {
			return LoadedPage.unfetched(url, FetchFailures.of(url, ex));
		}
		catch (IOException | UncheckedIOException ex) {
			return LoadedPage.unfetched(url,
					new RunError(url.toString(), FetchFailures.CODE, "The body could not be read: " + ex.getMessage()));
		}
	}

	/** The page's next page: none on the last page, or an error when it cannot be followed. */
	private static Next next(LoadedPage page, Set<URI> read) {
		String at = page.url().toString();
		List<URI> links;
		try {
			links = page.store().read(NextLinks::of);
		}
		catch (IllegalArgumentException ex) {
			return Next.error(new RunError(at, "unexpected-shape", "The page's next-page link is not a URL: " + ex.getMessage()));
		}
		if (links.size() > 1) {
			return Next.error(new RunError(at, "unexpected-shape",
					"The page links to several next pages " + links + "; the reader cannot tell which to follow."));
		}
		if (links.isEmpty()) {
			return new Next(null, null);
		}
		URI next = links.get(0);
		if (read.contains(next)) {
			return Next.error(new RunError(at, "page-loop",
					"The page's next page <" + next + "> was already read in this run: the source's paging loops."));
		}
		return new Next(next, null);
	}

	private static ReadOutcome incomplete(int pages, RunError error) {
		return new ReadOutcome(false, pages, List.of(error));
	}

	/** Where to go after a page: a URL, nowhere (both null), or an error. */
	private record Next(URI url, RunError error) {

		static Next error(RunError error) {
			return new Next(null, error);
		}

	}

}
