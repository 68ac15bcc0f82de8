// The query page: YASQE (editor) and YASR (results) over this registry's /sparql, with the example
// queries and download links. Nothing is fetched from elsewhere: no prefix.cc or LOV look-ups, no
// saved state in the browser, so a fresh page always shows what the URL says.
(function () {
  "use strict";
  var form = document.getElementById("query-form");
  var textarea = document.getElementById("query");
  if (!form || typeof Yasqe === "undefined" || typeof Yasr === "undefined") {
    return; // the plain form still works
  }
  var endpoint = form.getAttribute("action");
  var prefixes = [
    "adms: <http://www.w3.org/ns/adms#>", "dcat: <http://www.w3.org/ns/dcat#>", "dct: <http://purl.org/dc/terms/>",
    "foaf: <http://xmlns.com/foaf/0.1/>", "rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
    "rdfs: <http://www.w3.org/2000/01/rdf-schema#>", "skos: <http://www.w3.org/2004/02/skos/core#>",
    "vcard: <http://www.w3.org/2006/vcard/ns#>", "xsd: <http://www.w3.org/2001/XMLSchema#>",
    "void: <http://rdfs.org/ns/void#>", "eli: <http://data.europa.eu/eli/ontology#>"
  ];
  Yasqe.forkAutocompleter("prefixes", {
    name: "prefixes-local",
    persistenceId: null,
    get: function () { return Promise.resolve(prefixes); }
  });

  textarea.hidden = true;
  var yasqe = new Yasqe(document.getElementById("yasqe"), {
    value: textarea.value,
    persistenceId: null,
    autocompleters: ["prefixes-local", "variables"],
    resizeable: true,
    editorHeight: "22em",
    requestConfig: {
      endpoint: endpoint,
      method: "POST",
      acceptHeaderSelect: "application/sparql-results+json",
      acceptHeaderGraph: "text/turtle"
    }
  });
  var yasr = new Yasr(document.getElementById("yasr"), {
    persistenceId: null,
    prefixes: function () { return yasqe.getPrefixesFromQuery(); }
  });

  var downloads = document.getElementById("downloads");
  var resultFormats = [["json", "JSON"], ["xml", "XML"], ["csv", "CSV"], ["tsv", "TSV"]];
  var graphFormats = [["ttl", "Turtle"], ["json-ld", "JSON-LD"], ["xml", "RDF/XML"], ["nt", "N-Triples"]];
  var extensions = { json: "json", xml: "xml", csv: "csv", tsv: "tsv", ttl: "ttl", "json-ld": "jsonld", nt: "nt" };

  function showDownloads() {
    Array.prototype.slice.call(downloads.querySelectorAll("a")).forEach(function (a) { a.remove(); });
    var type = yasqe.getQueryType();
    var formats = type === "CONSTRUCT" || type === "DESCRIBE" ? graphFormats : resultFormats;
    var query = yasqe.getValue();
    formats.forEach(function (f) {
      var a = document.createElement("a");
      a.href = endpoint + "?query=" + encodeURIComponent(query) + "&format=" + f[0];
      a.download = "resultados." + (f[0] === "xml" && formats === graphFormats ? "rdf" : extensions[f[0]]);
      a.textContent = f[1];
      downloads.appendChild(document.createTextNode(" "));
      downloads.appendChild(a);
    });
    downloads.hidden = false;
  }

  yasqe.on("queryResponse", function (instance, response, duration) {
    yasr.setResponse(response, duration);
    showDownloads();
  });

  form.addEventListener("submit", function () { textarea.value = yasqe.getValue(); });

  document.querySelectorAll("a[data-example]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var text = document.querySelector('pre[data-example-text="' + link.getAttribute("data-example") + '"]');
      yasqe.setValue(text.textContent);
      history.replaceState(null, "", link.getAttribute("href"));
      yasqe.query();
    });
  });

  if (form.getAttribute("data-run") === "true") {
    yasqe.query();
  }
})();
