package org.registro.harvest.dcat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.sparql.util.Context;
import org.registro.harvest.read.PageSink;
import org.registro.harvest.read.ReadOutcome;
import org.registro.harvest.read.ReadRequest;
import org.registro.harvest.read.RunError;
import org.registro.harvest.read.SourceReader;
import org.registro.harvest.read.SourceType;
import org.registro.outbound.Outbound;
import org.registro.outbound.OutboundException;
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
			AtomicReference<RunError> error = new AtomicReference<>();
			URI current = url;
			try (LoadedPage page = fetch(request, current, error)) {
				if (page == null) {
					return incomplete(pages, error.get());
				}
				pages++;
				if (page.error() != null) {
					return incomplete(pages, page.error());
				}
				read.add(key(current));
				read.add(key(page.url()));
				chunks.deliver(page.url(), page.store(), sink);
				url = next(page, read, error);
				if (error.get() != null) {
					return incomplete(pages, error.get());
				}
			}
		}
		return new ReadOutcome(true, pages, List.of());
	}

	/** The page, or null with the error set. */
	private LoadedPage fetch(ReadRequest request, URI url, AtomicReference<RunError> error) {
		try {
			return outbound
				.get(url, request.headers(), PageFormats.accept(request.format()),
						LoadedPage.reader(parser, request.format(), limits.spillBytes()))
				.parsed(parser);
		}
		catch (OutboundException ex) {
			error.set(FetchFailures.of(url, ex));
		}
		catch (IOException | UncheckedIOException ex) {
			error.set(new RunError(url.toString(), "fetch-failed", "The body could not be read: " + ex.getMessage()));
		}
		return null;
	}

	/** The page's next page; null on the last page or, with the error set, when it cannot be followed. */
	private static URI next(LoadedPage page, Set<URI> read, AtomicReference<RunError> error) {
		AtomicReference<Object> result = new AtomicReference<>();
		page.store().read((graph) -> {
			try {
				result.set(NextLinks.of(graph));
			}
			catch (URISyntaxException ex) {
				result.set(ex);
			}
		});
		String at = page.url().toString();
		if (result.get() instanceof URISyntaxException ex) {
			error.set(new RunError(at, "unexpected-shape", "The page's next-page link is not a URL: " + ex.getMessage()));
			return null;
		}
		List<?> links = (List<?>) result.get();
		if (links.size() > 1) {
			error.set(new RunError(at, "unexpected-shape", "The page links to several next pages " + links
					+ "; the reader cannot tell which to follow."));
			return null;
		}
		if (links.isEmpty()) {
			return null;
		}
		URI next = (URI) links.get(0);
		if (read.contains(key(next))) {
			error.set(new RunError(at, "page-loop", "The page's next page <" + next
					+ "> was already read in this run: the source's paging loops."));
			return null;
		}
		return next;
	}

	private static URI key(URI url) {
		try {
			return NextLinks.withoutFragment(url);
		}
		catch (URISyntaxException ex) {
			return url;
		}
	}

	private static ReadOutcome incomplete(int pages, RunError error) {
		return new ReadOutcome(false, pages, List.of(error));
	}

}
