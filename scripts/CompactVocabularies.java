/*
 * Registro: regenerates the compact SKOS Turtle files in src/main/resources/vocabularies/
 * from the official EU controlled-vocabulary files (authority tables, ADMS).
 *
 * Run it through scripts/regenerate-vocabularies.sh, which finds a JDK >= 21 and the
 * Apache Jena classpath and launches this file with the JDK single-file source launcher:
 *
 *   java -cp <jena classpath> scripts/CompactVocabularies.java <sourceDir> <outDir> <queryDir>
 *
 * What it does, per output file:
 *   1. loads the source file into the default graph of an in-memory dataset, an older
 *      labelled copy (if any) into <urn:x-registro:labelled> and our own labels
 *      (queryDir/labels-extra.ttl) into <urn:x-registro:extra>;
 *   2. runs queryDir/scheme.rq and queryDir/concepts.rq once per concept scheme, with
 *      ?scheme bound by Jena's query substitution (no IRIs are pasted into SPARQL text);
 *   3. checks the result (every source concept present, es/en labels only, at most one
 *      label per language and one notation per concept, notation = at:authority-code);
 *   4. writes Turtle with Jena's TURTLE_BLOCKS writer, triples sorted and prefixes fixed,
 *      so that the same input always gives byte-identical files;
 *   5. parses the written file again and compares it with what was built.
 * Finally it parses every .ttl under outDir (local/ included) and prints concept counts.
 */

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

public class CompactVocabularies {

    static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    static final String AT = "http://publications.europa.eu/ontology/authority/";
    static final String EUVOC = "http://publications.europa.eu/ontology/euvoc#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String ADMS = "http://purl.org/adms/";

    static final Node G_LABELLED = NodeFactory.createURI("urn:x-registro:labelled");
    static final Node G_EXTRA = NodeFactory.createURI("urn:x-registro:extra");
    static final Node AUTHORITY_CODE = NodeFactory.createURI(AT + "authority-code");

    static final Set<String> LANGS = Set.of("es", "en");

    /** One output file: where it comes from and which schemes it holds. */
    record Vocab(String output, String source, String labelled, String publisher,
                 List<String> schemes, Map<String, String> prefixes) {}

    /** An EU authority table: scheme IRI authority/<table>, concepts authority/<table>/<CODE>. */
    static Vocab eu(String table, String source, String labelled) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(table, AUTHORITY + table + "/");
        return new Vocab(table + ".ttl", source, labelled,
                "Publications Office of the European Union, EU Vocabularies, authority table \"" + table + "\"",
                List.of(AUTHORITY + table), p);
    }

    static final List<Vocab> VOCABS;
    static {
        Map<String, String> adms = new LinkedHashMap<>();
        List<String> admsSchemes = new ArrayList<>();
        for (String s : List.of("status", "assettype", "interoperabilitylevel", "licencetype",
                                "publishertype", "representationtechnique")) {
            adms.put("adms-" + s, ADMS + s + "/");
            admsSchemes.add(ADMS + s + "/1.0");
        }
        VOCABS = List.of(
            eu("access-right", "access-right-skos.rdf", null),
            eu("continent", "continents-skos.rdf", null),
            eu("country", "countries-skos.rdf", null),
            eu("data-theme", "data-theme-skos.rdf", null),
            eu("distribution-status", "distribution-status-skos.rdf", null),
            eu("file-type", "file-type.rdf", "labelled/filetypes-skos.rdf"),
            eu("frequency", "frequency.rdf", "labelled/frequencies-skos.rdf"),
            eu("language", "language.rdf", null),
            eu("licence", "licences-skos.rdf", null),
            new Vocab("adms-status.ttl", "ADMS_SKOS_v1.00.rdf", null,
                "European Commission (ISA programme), ADMS 1.00 controlled vocabularies",
                admsSchemes, adms));
    }

    /** Prefixes written to every file, in this order (then the file's own ones). */
    static final Map<String, String> COMMON_PREFIXES = new LinkedHashMap<>();
    static {
        COMMON_PREFIXES.put("rdf", RDF.getURI());
        COMMON_PREFIXES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        COMMON_PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        COMMON_PREFIXES.put("owl", OWL2.getURI());
        COMMON_PREFIXES.put("skos", SKOS.getURI());
        COMMON_PREFIXES.put("dct", DCT);
        COMMON_PREFIXES.put("euvoc", EUVOC);
        COMMON_PREFIXES.put("at", AT);
        COMMON_PREFIXES.put("authority", AUTHORITY);
    }

    /** Predicate order within a subject block; anything else follows, by IRI. */
    static final List<String> PREDICATE_ORDER = List.of(
        RDF.type.getURI(), SKOS.inScheme.getURI(), SKOS.topConceptOf.getURI(),
        SKOS.notation.getURI(), SKOS.prefLabel.getURI(), DCT + "title",
        OWL2.versionInfo.getURI(), SKOS.exactMatch.getURI(), OWL2.deprecated.getURI(),
        AT + "deprecated", EUVOC + "status", DCT + "isReplacedBy");

    static int failures = 0;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: CompactVocabularies <sourceDir> <outDir> <queryDir>");
            System.exit(2);
        }
        Path sourceDir = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        Path queryDir = Path.of(args[2]);

        Query schemeQuery = QueryFactory.create(Files.readString(queryDir.resolve("scheme.rq")));
        Query conceptQuery = QueryFactory.create(Files.readString(queryDir.resolve("concepts.rq")));
        Graph extra = parse(queryDir.resolve("labels-extra.ttl"));
        Set<Node> extraSubjectsUsed = new HashSet<>();

        Files.createDirectories(outDir);
        System.out.printf("%-24s %9s %9s %9s %9s  %s%n", "file", "concepts", "source", "es-label", "en-label", "bytes");
        for (Vocab v : VOCABS) {
            Graph source = parse(sourceDir.resolve(v.source()));
            Graph labelled = v.labelled() == null ? GraphFactory.createDefaultGraph()
                                                  : parse(sourceDir.resolve(v.labelled()));
            DatasetGraph dsg = DatasetGraphFactory.create(source);
            dsg.addGraph(G_LABELLED, labelled);
            dsg.addGraph(G_EXTRA, extra);

            Graph out = GraphFactory.createDefaultGraph();
            int sourceConcepts = 0;
            for (String s : v.schemes()) {
                Node scheme = NodeFactory.createURI(s);
                if (!source.contains(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode())) {
                    fail(v.output() + ": source does not declare scheme " + s);
                }
                Graph g1 = QueryExec.dataset(dsg).query(schemeQuery).substitution("scheme", scheme).construct();
                Graph g2 = QueryExec.dataset(dsg).query(conceptQuery).substitution("scheme", scheme).construct();
                g1.find().forEachRemaining(out::add);
                g2.find().forEachRemaining(out::add);
                Set<Node> inSource = subjects(source, SKOS.inScheme.asNode(), scheme);
                sourceConcepts += inSource.size();
                Set<Node> inOut = subjects(out, SKOS.inScheme.asNode(), scheme);
                if (!inSource.equals(inOut)) {
                    fail(v.output() + ": scheme " + s + " has " + inSource.size()
                         + " concepts in the source but " + inOut.size() + " in the output");
                }
                for (Node c : inOut) {
                    if (extra.contains(c, Node.ANY, Node.ANY)) extraSubjectsUsed.add(c);
                }
                if (extra.contains(scheme, Node.ANY, Node.ANY)) extraSubjectsUsed.add(scheme);
            }
            check(v, source, out);

            Map<String, String> prefixes = new LinkedHashMap<>(COMMON_PREFIXES);
            prefixes.putAll(v.prefixes());
            String versions = version(source, v.schemes()) + (v.labelled() == null ? ""
                    : "; labels from " + v.labelled() + " (owl:versionInfo " + version(labelled, v.schemes()) + ")");
            byte[] bytes = serialize(v, out, prefixes, versions);
            Path file = outDir.resolve(v.output());
            Files.write(file, bytes);

            Graph back = parse(file);
            if (!back.isIsomorphicWith(out)) fail(v.output() + ": written file does not read back as the built graph");

            Set<Node> concepts = subjects(out, RDF.type.asNode(), SKOS.Concept.asNode());
            System.out.printf("%-24s %9d %9d %9d %9d  %d%n", v.output(), concepts.size(), sourceConcepts,
                    countLabelled(out, concepts, "es"), countLabelled(out, concepts, "en"), bytes.length);
        }

        // Our own labels must all land somewhere: a label for a code that is not in any
        // table is a typo.
        Set<Node> unused = new TreeSet<>(Comparator.comparing(Node::toString));
        extra.find().forEachRemaining(t -> { if (!extraSubjectsUsed.contains(t.getSubject())) unused.add(t.getSubject()); });
        for (Node n : unused) fail("labels-extra.ttl: " + n + " is not a concept or scheme of any source table");

        // Every Turtle file of the folder (generated or hand-written) must parse.
        System.out.println();
        System.out.printf("%-32s %9s %9s  %s%n", "all files under " + outDir.getFileName(), "triples", "concepts", "bytes");
        long total = 0;
        try (Stream<Path> files = Files.walk(outDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                Graph g = parse(f);
                long size = Files.size(f);
                total += size;
                System.out.printf("%-32s %9d %9d  %d%n", outDir.relativize(f), g.size(),
                        subjects(g, RDF.type.asNode(), SKOS.Concept.asNode()).size(), size);
            }
        }
        System.out.printf("%-32s %9s %9s  %d%n", "total .ttl bytes", "", "", total);

        if (failures > 0) {
            System.err.println(failures + " check(s) failed");
            System.exit(1);
        }
    }

    static void fail(String msg) {
        System.err.println("ERROR: " + msg);
        failures++;
    }

    static Graph parse(Path p) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(p).parse(g);
        return g;
    }

    static Set<Node> subjects(Graph g, Node p, Node o) {
        Set<Node> s = new HashSet<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> s.add(t.getSubject()));
        return s;
    }

    static long countLabelled(Graph g, Set<Node> concepts, String lang) {
        return concepts.stream().filter(c -> g.find(c, SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().getLiteralLanguage().equals(lang))).count();
    }

    static String version(Graph g, List<String> schemes) {
        Set<String> vs = new TreeSet<>();
        for (String s : schemes) {
            g.find(NodeFactory.createURI(s), OWL2.versionInfo.asNode(), Node.ANY)
             .forEachRemaining(t -> vs.add(t.getObject().getLiteralLexicalForm()));
        }
        if (vs.isEmpty()) {
            g.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode()).forEachRemaining(t ->
                g.find(t.getSubject(), OWL2.versionInfo.asNode(), Node.ANY)
                 .forEachRemaining(u -> vs.add(u.getObject().getLiteralLexicalForm())));
        }
        return vs.isEmpty() ? "none" : String.join(", ", vs);
    }

    /** Sanity checks on the compact graph. */
    static void check(Vocab v, Graph source, Graph out) {
        out.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) fail(v.output() + ": blank node in " + t);
            if (t.getPredicate().equals(SKOS.prefLabel.asNode())
                    && !LANGS.contains(t.getObject().getLiteralLanguage())) fail(v.output() + ": label not es/en: " + t);
        });
        for (Node c : subjects(out, RDF.type.asNode(), SKOS.Concept.asNode())) {
            Map<String, Integer> perLang = new TreeMap<>();
            out.find(c, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t ->
                perLang.merge(t.getObject().getLiteralLanguage(), 1, Integer::sum));
            perLang.forEach((lang, n) -> { if (n > 1) fail(v.output() + ": " + c + " has " + n + " labels @" + lang); });
            List<Triple> notations = out.find(c, SKOS.notation.asNode(), Node.ANY).toList();
            if (notations.size() > 1) fail(v.output() + ": " + c + " has " + notations.size() + " notations");
            // Where the source states the authority code, the notation must be that code.
            source.find(c, AUTHORITY_CODE, Node.ANY).forEachRemaining(t -> {
                String code = t.getObject().getLiteralLexicalForm();
                if (notations.size() != 1 || !notations.get(0).getObject().getLiteralLexicalForm().equals(code)) {
                    fail(v.output() + ": " + c + " notation differs from at:authority-code " + code);
                }
            });
        }
    }

    /** Header comment plus sorted Turtle (TURTLE_BLOCKS keeps our order). */
    static byte[] serialize(Vocab v, Graph g, Map<String, String> prefixes, String versions) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String header = String.join("\n",
            "# " + v.output() + ": compact SKOS copy of a controlled vocabulary, for Registro.",
            "# GENERATED by scripts/regenerate-vocabularies.sh: do not edit by hand; change the script,",
            "# scripts/vocabularies/*.rq or scripts/vocabularies/labels-extra.ttl and regenerate.",
            "# Source: " + v.publisher() + ";",
            "#   file " + v.source() + " (owl:versionInfo " + versions + ").",
            "# Kept per concept: rdf:type, skos:inScheme, skos:topConceptOf, skos:prefLabel in es/en only,",
            "# one skos:notation, skos:exactMatch, deprecation marks. es/en labels the sources lack come",
            "# from scripts/vocabularies/labels-extra.ttl (our own). See README.md in this folder.",
            "", "");
        bytes.write(header.getBytes(StandardCharsets.UTF_8));

        List<Node> schemeOrder = v.schemes().stream().map(NodeFactory::createURI).toList();
        Comparator<Triple> order = Comparator
            .comparingInt((Triple t) -> { int i = schemeOrder.indexOf(t.getSubject()); return i < 0 ? Integer.MAX_VALUE : i; })
            .thenComparing(t -> t.getSubject().getURI())
            .thenComparingInt(t -> { int i = PREDICATE_ORDER.indexOf(t.getPredicate().getURI()); return i < 0 ? Integer.MAX_VALUE : i; })
            .thenComparing(t -> t.getPredicate().getURI())
            .thenComparing(t -> objectKey(t.getObject()));
        List<Triple> triples = new ArrayList<>(g.find().toList());
        triples.sort(order);

        StreamRDF w = StreamRDFWriter.getWriterStream(nonClosing(bytes), RDFFormat.TURTLE_BLOCKS);
        w.start();
        prefixes.forEach(w::prefix);
        triples.forEach(w::triple);
        w.finish();
        return bytes.toByteArray();
    }

    static String objectKey(Node o) {
        if (o.isURI()) return "0 " + o.getURI();
        if (o.isLiteral()) return "1 " + o.getLiteralLanguage() + " " + o.getLiteralLexicalForm() + " " + o.getLiteralDatatypeURI();
        return "2 " + o;
    }

    static OutputStream nonClosing(OutputStream out) {
        return new OutputStream() {
            @Override public void write(int b) throws IOException { out.write(b); }
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void flush() throws IOException { out.flush(); }
            @Override public void close() throws IOException { out.flush(); }
        };
    }
}
