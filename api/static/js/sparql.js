// The SPARQL page: an editor with the example queries, results as a table (IRIs of entities link to their
// pages here), and downloads in every result format the endpoint offers, fetched with the matching Accept.

import { config, sparql } from "./api.js";
import { clear, errorBox, h } from "./dom.js";

export const NAV = "sparql";

/** Button labels for the endpoint's format names (the formats themselves come from /ui/config.json). */
const LABELS = { json: "JSON", xml: "XML", csv: "CSV", tsv: "TSV", ttl: "Turtle", nt: "N-Triples", jsonld: "JSON-LD", rdfxml: "RDF/XML" };
const ASK_FIRST = "application/sparql-results+json, text/turtle;q=0.9";

export async function render(container, route) {
  document.title = "SPARQL · Conflict KG";
  const cfg = await config();
  const editor = h("textarea", { name: "query", class: "sparql-editor", spellcheck: "false", rows: 14, "aria-label": "SPARQL query" });
  editor.value = route.query.get("query") || cfg.examples[0]?.query || "SELECT * WHERE { ?s ?p ?o } LIMIT 10";
  const results = h("div", { class: "sparql-results" });
  const downloads = h("div", { class: "downloads" });
  const runButton = h("button", { type: "submit" }, "Run");
  const form = h(
    "form",
    { class: "sparql-form" },
    h(
      "div",
      { class: "examples" },
      "Examples: ",
      cfg.examples.map((ex) => h("button", { type: "button", class: "secondary example", onclick: () => { editor.value = ex.query; run(); } }, ex.title)),
    ),
    editor,
    h("div", { class: "sparql-actions" }, runButton, h("span", { class: "muted" }, "Ctrl+Enter runs the query. The endpoint is read-only; the default graph is the union of all graphs."), downloads),
  );
  container.append(h("h1", {}, "SPARQL"), form, results);

  async function run() {
    runButton.disabled = true;
    clear(downloads);
    clear(results).append(h("p", { class: "muted" }, "Running…"));
    const query = editor.value;
    history.replaceState(null, "", `#/sparql?${new URLSearchParams({ query })}`);
    const started = performance.now();
    try {
      const response = await sparql(query, ASK_FIRST);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const truncated = response.headers.get("X-KG-Truncated") === "true";
      const type = (response.headers.get("Content-Type") || "").split(";")[0];
      clear(results);
      if (type === "application/sparql-results+json") {
        const body = await response.json();
        results.append(...table(body, cfg.resource_base, seconds, truncated));
        downloads.append(downloadButtons(query, cfg.result_formats.table));
      } else {
        const text = await response.text();
        results.append(h("p", { class: "muted" }, `Graph result in ${seconds} s${truncated ? " (cut at the result limit)" : ""}:`), h("pre", { class: "graph-result" }, text));
        downloads.append(downloadButtons(query, cfg.result_formats.graph));
      }
    } catch (error) {
      clear(results).append(errorBox(error));
    } finally {
      runButton.disabled = false;
    }
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  if (route.query.get("query")) await run();
}

function table(body, base, seconds, truncated) {
  if ("boolean" in body) return [h("p", { class: "ask-result" }, `Answer: ${body.boolean ? "yes" : "no"} (${seconds} s)`)];
  const vars = body.head.vars;
  const rows = body.results.bindings;
  return [
    h("p", { class: "muted result-count" }, `${rows.length} row${rows.length === 1 ? "" : "s"} in ${seconds} s${truncated ? " — cut at the server's result limit" : ""}`),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "results-table" },
        h("thead", {}, h("tr", {}, vars.map((v) => h("th", {}, `?${v}`)))),
        h("tbody", {}, rows.map((row) => h("tr", {}, vars.map((v) => h("td", {}, cell(row[v], base)))))),
      ),
    ),
  ];
}

const PAGES = { actor: "actor", place: "place", article: "article" };

function cell(term, base) {
  if (!term) return "";
  if (term.type === "uri") {
    if (term.value.startsWith(base)) {
      const [kind, ...rest] = term.value.slice(base.length).split("/");
      if (PAGES[kind]) return h("a", { href: `#/${PAGES[kind]}/${encodeURIComponent(rest.join("/"))}`, title: term.value }, `${kind}/${rest.join("/")}`);
    }
    return h("span", { class: "iri", title: term.value }, shorten(term.value));
  }
  if (term.type === "bnode") return `_:${term.value}`;
  return h("span", { class: "literal", title: term.datatype || term["xml:lang"] || "" }, term.value, term["xml:lang"] ? h("span", { class: "muted" }, `@${term["xml:lang"]}`) : "");
}

function shorten(iri) {
  const cut = Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/"));
  return cut > 0 && cut < iri.length - 1 ? `…${iri.slice(cut)}` : iri;
}

function downloadButtons(query, formats) {
  return h(
    "span",
    { class: "download-buttons" },
    "Download: ",
    formats.map(({ name, media_type: media, extension }) =>
      h(
        "button",
        {
          type: "button",
          class: "secondary download",
          "data-format": name,
          onclick: async (event) => {
            const button = event.currentTarget;
            button.disabled = true;
            try {
              const blob = await (await sparql(query, media)).blob();
              const url = URL.createObjectURL(blob);
              const a = h("a", { href: url, download: `results.${extension}` });
              document.body.append(a);
              a.click();
              a.remove();
              setTimeout(() => URL.revokeObjectURL(url), 10000);
            } catch (error) {
              button.after(errorBox(error));
            } finally {
              button.disabled = false;
            }
          },
        },
        LABELS[name] || name,
      ),
    ),
  );
}
