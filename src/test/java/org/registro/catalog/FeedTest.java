package org.registro.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.registro.record.RecordKind;
import org.registro.record.RecordRef;
import org.registro.record.RecordService;
import org.registro.record.RecordStatus;
import org.registro.support.Http;
import org.registro.support.Rdf;
import org.registro.support.RegistryTest;
import org.registro.support.Services;
import org.registro.system.RegistryProperties;
import org.registro.validation.RecordValidator;
import org.registro.vocabulary.ADMS;
import org.registro.vocabulary.Hydra;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.DefaultResourceLoader;

/** The catalog feed's filters, deletions, bad input, caching and conformance. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedTest extends RegistryTest {

	private static final String THEMES = "http://publications.europa.eu/resource/authority/data-theme/";

	private static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";

	@LocalServerPort
	int port;

	@Autowired
	RecordService records;

	@Test
	void filtersNarrowThePagesAndTheirLinksKeepThem() {
		Instant start = Instant.now();
		publish("filtro-a", "filtro-feed", "EDUC", "XLSX");
		publish("filtro-b", "filtro-feed", "EDUC", "CSV");
		publish("filtro-c", "filtro-feed", "HEAL", "XLSX");
		FeedClient client = new FeedClient(port);
		Graph first = client.read("/catalog?keyword=FILTRO-FEED&page_size=2");
		assertThat(FeedClient.number(first, Hydra.totalItems)).isEqualTo(3);
		assertThat(FeedClient.datasets(first)).hasSize(2);
		String next = FeedClient.link(first, Hydra.next).orElseThrow();
		assertThat(next).contains("keyword=FILTRO-FEED").contains("page_size=2");
		assertThat(FeedClient.datasets(client.read(next))).hasSize(1);

		assertThat(ids(client.read("/catalog?keyword=filtro-feed&theme=EDUC"))).containsExactlyInAnyOrder("filtro-a", "filtro-b");
		assertThat(ids(client.read("/catalog?keyword=filtro-feed&theme=" + THEMES + "HEAL"))).containsExactly("filtro-c");
		assertThat(ids(client.read("/catalog?keyword=filtro-feed&format=xlsx"))).containsExactlyInAnyOrder("filtro-a", "filtro-c");
		assertThat(ids(client.read("/catalog?keyword=filtro-feed&format=CSV&format=" + FILE_TYPES + "XLSX"))).hasSize(3);
		assertThat(ids(client.read("/catalog?keyword=filtro-feed&publisher=salud"))).isEmpty();
		assertThat(ids(client.read("/catalog?keyword=filtro-feed&publisher=finanzas"))).hasSize(3);
		assertThat(ids(client.read(Http.query("/catalog", Map.of("keyword", "filtro-feed", "modified_since", start.toString())))))
			.hasSize(3);
		assertThat(ids(client.read(Http.query("/catalog",
				Map.of("keyword", "filtro-feed", "modified_since", start.plusSeconds(3600).toString()))))).isEmpty();
		// An offset with '+' survives the trip through the links.
		Graph withOffset = client.read(Http.query("/catalog",
				Map.of("keyword", "filtro-feed", "page_size", "1", "modified_since", "2000-01-01T00:00:00+01:00")));
		assertThat(ids(client.read(FeedClient.link(withOffset, Hydra.next).orElseThrow()))).hasSize(1);
	}

	@Test
	void aPublisherRenamedSinceBringsItsDatasetsBackIntoModifiedSince() {
		RecordRef publisher = new RecordRef(RecordKind.PUBLISHER, "feed-renombrado");
		records.put(publisher, agent(publisher, "Oficina antigua"), RecordStatus.PUBLISHED, "prueba");
		String turtle = """
				@prefix dcat: <http://www.w3.org/ns/dcat#> .
				@prefix dct: <http://purl.org/dc/terms/> .
				<> a dcat:Dataset ; dct:title "Conjunto de la oficina"@es ; dct:description "Prueba."@es ;
				  dct:publisher <http://localhost:8080/publisher/feed-renombrado> .
				""";
		records.put(ref("de-la-oficina"), Rdf.parse(turtle.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, ref("de-la-oficina").iri(BASE)),
				RecordStatus.PUBLISHED, "prueba");
		Instant since = Instant.now();
		FeedClient client = new FeedClient(port);
		String query = Http.query("/catalog", Map.of("publisher", "feed-renombrado", "modified_since", since.toString()));
		assertThat(ids(client.read(query))).isEmpty();
		records.put(publisher, agent(publisher, "Oficina nueva"), RecordStatus.PUBLISHED, "prueba");
		Graph page = client.read(query);
		assertThat(ids(page)).containsExactly("de-la-oficina");
		assertThat(page.contains(NodeFactory.createURI(publisher.iri(BASE)), org.apache.jena.sparql.vocabulary.FOAF.name.asNode(),
				NodeFactory.createLiteralLang("Oficina nueva", "es"))).isTrue();
	}

	private static Graph agent(RecordRef publisher, String name) {
		String turtle = "<" + publisher.iri(BASE) + "> a <http://xmlns.com/foaf/0.1/Agent> ; <http://xmlns.com/foaf/0.1/name> \"" + name
				+ "\"@es .";
		return Rdf.parse(turtle.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, BASE + "/");
	}

	@Test
	void pageCompleteWithDistributionsPublishersAndContactPoints() {
		publish("completo-feed", "completo-feed", "EDUC", "CSV");
		Graph page = new FeedClient(port).read("/catalog.ttl?keyword=completo-feed");
		Node dataset = NodeFactory.createURI(BASE + "/dataset/completo-feed");
		Node publisher = NodeFactory.createURI(BASE + "/publisher/finanzas");
		assertThat(page.contains(dataset, DCAT.distribution.asNode(), Node.ANY)).isTrue();
		Node distribution = page.find(dataset, DCAT.distribution.asNode(), Node.ANY).next().getObject();
		assertThat(page.contains(distribution, DCAT.accessURL.asNode(), Node.ANY)).isTrue();
		Node contact = page.find(dataset, DCAT.contactPoint.asNode(), Node.ANY).next().getObject();
		assertThat(page.find(contact, Node.ANY, Node.ANY).toList()).hasSizeGreaterThan(1);
		assertThat(page.contains(publisher, org.apache.jena.sparql.vocabulary.FOAF.name.asNode(), Node.ANY)).isTrue();
		assertThat(page.contains(NodeFactory.createURI(BASE + "/dataset/completo-feed/record"), DCTerms.modified.asNode(), Node.ANY))
			.isTrue();
	}

	@Test
	void withdrawnDatasetsAreListedSinceATimeAndAnswerGone() {
		publish("retiro-feed", "retiro-feed", "EDUC", "CSV");
		Instant before = Instant.now();
		records.withdraw(ref("retiro-feed"), "prueba");
		FeedClient client = new FeedClient(port);
		assertThat(ids(client.read("/catalog?keyword=retiro-feed"))).isEmpty();
		Graph gone = client.read(Http.query("/catalog/withdrawn", Map.of("since", before.toString())));
		Node record = NodeFactory.createURI(BASE + "/dataset/retiro-feed/record");
		assertThat(gone.contains(record, ADMS.status.asNode(), ADMS.Deleted.asNode())).isTrue();
		assertThat(gone.contains(record, org.apache.jena.sparql.vocabulary.FOAF.primaryTopic.asNode(),
				NodeFactory.createURI(BASE + "/dataset/retiro-feed"))).isTrue();
		Graph later = client.read(Http.query("/catalog/withdrawn", Map.of("since", Instant.now().plusSeconds(60).toString())));
		assertThat(later.contains(record, Node.ANY, Node.ANY)).isFalse();
		Http http = new Http(port);
		assertThat(http.get("/dataset/retiro-feed", "Accept", "text/turtle").statusCode()).isEqualTo(410);
		assertThat(http.get("/catalog/withdrawn?since=ayer", "Accept", "text/turtle").statusCode()).isEqualTo(400);
	}

	@Test
	void badInputGetsAClearBadRequest() {
		Http http = new Http(port);
		HttpResponse<String> yesterday = http.get("/catalog?modified_since=yesterday", "Accept", "text/turtle");
		assertThat(yesterday.statusCode()).isEqualTo(400);
		assertThat(yesterday.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(yesterday.body()).contains("modified_since").contains("ISO-8601");
		assertThat(http.get("/catalog?page_size=abc", "Accept", "text/turtle").statusCode()).isEqualTo(400);
		assertThat(http.get("/catalog?page_size=0", "Accept", "text/turtle").statusCode()).isEqualTo(400);
		assertThat(http.get("/catalog?publisher=No%20Valid", "Accept", "text/turtle").statusCode()).isEqualTo(400);
		assertThat(http.get("/catalog?unknown=1", "Accept", "text/turtle").statusCode()).isEqualTo(200);
		assertThat(http.get("/catalog?modified_since=%2B999999999-12-31T00:00:00Z", "Accept", "text/turtle").statusCode())
			.as("a date the index cannot count in milliseconds").isEqualTo(400);
		String manyKeywords = "keyword=k" + "&keyword=k".repeat(FeedRequest.MAX_VALUES);
		assertThat(http.get("/catalog?" + manyKeywords, "Accept", "text/turtle").statusCode()).isEqualTo(400);

		FeedClient client = new FeedClient(port);
		Graph capped = client.read("/catalog?page_size=1000000");
		assertThat(FeedClient.number(capped, Hydra.itemsPerPage)).isEqualTo(1000);

		String next = FeedClient.link(client.read("/catalog?page_size=2"), Hydra.next).orElseThrow();
		String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
		char flipped = cursor.charAt(5) == 'A' ? 'B' : 'A';
		String tampered = cursor.substring(0, 5) + flipped + cursor.substring(6);
		assertThat(http.get("/catalog?page_size=2&cursor=" + tampered, "Accept", "text/turtle").statusCode()).isEqualTo(400);
		assertThat(http.get("/catalog?page_size=2&cursor=garbage", "Accept", "text/turtle").statusCode()).isEqualTo(400);
		assertThat(http.get("/catalog?page_size=2&keyword=otro&cursor=" + cursor, "Accept", "text/turtle").statusCode())
			.as("a cursor of a walk with other filters").isEqualTo(400);
		assertThat(http.get("/catalog?page_size=2&cursor=" + cursor, "Accept", "text/turtle").statusCode()).isEqualTo(200);
	}

	@Test
	void pagesAreCachedConditionallyAndCompressed() {
		Http http = new Http(port);
		HttpResponse<String> first = http.get("/catalog.ttl?page_size=5");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
		assertThat(http.get("/catalog.ttl?page_size=5", "If-None-Match", etag).statusCode()).isEqualTo(304);
		publish("cache-feed", "cache-feed", "EDUC", "CSV");
		HttpResponse<String> after = http.get("/catalog.ttl?page_size=5", "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
		HttpResponse<String> gzip = http.get("/catalog.ttl?page_size=50", "Accept-Encoding", "gzip");
		assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
	}

	@Test
	void theHtmlCatalogPagesWithTheSameCursors() {
		Http http = new Http(port);
		org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(http.get("/catalog?page_size=2", "Accept", "text/html").body());
		assertThat(first.select("tbody tr")).hasSize(2);
		assertThat(first.select("a[rel=prev]")).isEmpty();
		String next = first.select("a[rel=next]").attr("href");
		assertThat(next).startsWith("/catalog?page_size=2&cursor=");
		org.jsoup.nodes.Document second = org.jsoup.Jsoup.parse(http.get(next, "Accept", "text/html").body());
		assertThat(second.select("tbody tr")).hasSize(2);
		assertThat(second.select("a[rel=prev]")).hasSize(1);
		assertThat(second.select("tbody tr a").first().attr("href")).isNotEqualTo(first.select("tbody tr a").first().attr("href"));
	}

	@Test
	void brotliWhenTheClientPrefersIt() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		java.net.URI uri = java.net.URI.create("http://127.0.0.1:" + port + "/catalog.ttl?page_size=50");
		HttpResponse<byte[]> br = client.send(java.net.http.HttpRequest.newBuilder(uri).header("Accept-Encoding", "br, gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> plain = client.send(java.net.http.HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(br.headers().firstValue("Content-Encoding")).contains("br");
		assertThat(br.headers().allValues("Vary").toString()).contains("Accept-Encoding");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
		byte[] decoded = com.aayushatharva.brotli4j.decoder.Decoder.decompress(br.body()).getDecompressedData();
		assertThat(br.body().length).isLessThan(plain.body().length / 3);
		assertThat(Rdf.parse(decoded, Lang.TURTLE, BASE).isIsomorphicWith(Rdf.parse(plain.body(), Lang.TURTLE, BASE))).isTrue();
		HttpResponse<byte[]> refused = client.send(java.net.http.HttpRequest.newBuilder(uri).header("Accept-Encoding", "br;q=0").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void officialDcatAp3ShapesFindNoViolationInAPageOfConformingRecords() {
		// The demo records conform to the official core and vocabulary shapes; a page of them, with
		// the catalog, the catalog records and the publishers, must too.
		Graph demo = new FeedClient(port).read("/catalog.ttl?publisher=salud&page_size=20");
		assertThat(FeedClient.datasets(demo)).isNotEmpty();
		assertThat(violations(demo, "shapes.ttl", "mdr-vocabularies.shape.ttl")).as("violations of the official shapes").isEmpty();
	}

	@Test
	void officialRangeShapesFindNoViolationInAPageOfARecordThatTypesWhatItNames() {
		// The range shapes want every object typed (licences, formats, contact points...), which
		// the demo records leave to the vocabularies; a record that types them conforms, and the
		// page around it adds nothing the range shapes refuse.
		String turtle = """
				@prefix dcat: <http://www.w3.org/ns/dcat#> .
				@prefix dct: <http://purl.org/dc/terms/> .
				@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
				<> a dcat:Dataset ;
				  dct:title "Conjunto tipado"@es ;
				  dct:description "Registro de prueba del feed, con cada objeto tipado."@es ;
				  dct:publisher <http://localhost:8080/publisher/finanzas> ;
				  dcat:keyword "tipado-feed"@es ;
				  dcat:theme <http://publications.europa.eu/resource/authority/data-theme/EDUC> ;
				  dcat:contactPoint [ a vcard:Kind , vcard:Organization ; vcard:fn "Mesa de ayuda" ] ;
				  dcat:distribution [ a dcat:Distribution ; dct:title "Archivo"@es ; dcat:accessURL <https://example.org/datos> ] .
				""";
		records.put(ref("tipado-feed"), Rdf.parse(turtle.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, ref("tipado-feed").iri(BASE)),
				RecordStatus.PUBLISHED, "prueba");
		Graph page = new FeedClient(port).read("/catalog.ttl?keyword=tipado-feed");
		assertThat(FeedClient.datasets(page)).hasSize(1);
		assertThat(violations(page, "shapes.ttl", "range.ttl", "mdr-vocabularies.shape.ttl")).as("violations of the official shapes")
			.isEmpty();
	}

	private static List<ReportEntry> violations(Graph page, String... files) {
		Path shapes = Path.of(System.getProperty("registro.shared-testdata", "").isBlank() ? "../shared/testdata"
				: System.getProperty("registro.shared-testdata")).resolve("dcat-ap-3/shacl/3.0.1/split");
		assumeTrue(Files.isDirectory(shapes), () -> "official DCAT-AP 3 shapes not found at " + shapes.toAbsolutePath().normalize()
				+ " (../shared/testdata is not beside this clone)");
		RegistryProperties p = Services.properties(Path.of("target/unused"));
		List<String> official = Stream.of(files).map((f) -> shapes.resolve(f).toAbsolutePath().normalize().toUri().toString()).toList();
		RecordValidator validator = new RecordValidator(new RegistryProperties(p.baseUri(), p.dataDir(), p.demoData(), p.security(),
				new RegistryProperties.Validation(official), p.api(), p.catalog(), p.writes(), p.sparql(), p.login(), p.workflow(),
				p.feed(), p.outbound(), p.harvest()), Services.vocabularies(), new DefaultResourceLoader());
		return validator.validate(page).report().getEntries().stream().filter((e) -> e.severity() == Severity.Violation).toList();
	}

	private static List<String> ids(Graph page) {
		return FeedClient.datasets(page).stream().map((d) -> d.substring(d.lastIndexOf('/') + 1)).toList();
	}

	private void publish(String id, String keyword, String theme, String format) {
		String turtle = """
				@prefix dcat: <http://www.w3.org/ns/dcat#> .
				@prefix dct: <http://purl.org/dc/terms/> .
				@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
				<> a dcat:Dataset ;
				  dct:title "Conjunto %s"@es ;
				  dct:description "Registro de prueba del feed."@es ;
				  dct:publisher <http://localhost:8080/publisher/finanzas> ;
				  dcat:keyword "%s"@es ;
				  dcat:theme <%s%s> ;
				  dcat:contactPoint [ a vcard:Organization ; vcard:fn "Mesa de ayuda" ; vcard:hasEmail <mailto:ayuda@example.org> ] ;
				  dcat:distribution [ a dcat:Distribution ; dct:title "Archivo"@es ;
				      dcat:accessURL <https://example.org/datos> ;
				      dct:format <%s%s> ] .
				""".formatted(id, keyword, THEMES, theme, FILE_TYPES, format);
		records.put(ref(id), Rdf.parse(turtle.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, ref(id).iri(BASE)), RecordStatus.PUBLISHED,
				"prueba");
	}

	private static RecordRef ref(String id) {
		return new RecordRef(RecordKind.DATASET, id);
	}

}
