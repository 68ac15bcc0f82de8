package org.registro.crawl;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes sitemaps and sitemap indexes (sitemaps.org protocol 0.9) with an XML stream writer. */
final class SitemapWriter {

	static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private SitemapWriter() {
	}

	/** A {@code <urlset>} of pages. */
	static void urls(List<Sitemap.Url> urls, OutputStream out) {
		write(out, "urlset", "url", urls);
	}

	/** A {@code <sitemapindex>} of sitemap files, each with its newest page's date. */
	static void index(List<Sitemap.Url> sitemaps, OutputStream out) {
		write(out, "sitemapindex", "sitemap", sitemaps);
	}

	private static void write(OutputStream out, String root, String item, List<Sitemap.Url> entries) {
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NS);
			xml.writeStartElement(NS, root);
			xml.writeDefaultNamespace(NS);
			for (Sitemap.Url entry : entries) {
				xml.writeStartElement(NS, item);
				element(xml, "loc", entry.loc());
				if (entry.lastmod() != null) {
					element(xml, "lastmod", entry.lastmod().toString());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the sitemap", ex);
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NS, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	/** The newest date among some pages, for an index entry. */
	static Instant newest(List<Sitemap.Url> urls) {
		return urls.stream().map(Sitemap.Url::lastmod).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
	}

}
