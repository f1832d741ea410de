// The REST API and the SPARQL endpoint, as the pages use them. Errors carry the API's own "detail" message.

export class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : JSON.stringify(detail));
    this.status = status;
  }
}

async function failure(response) {
  let detail = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    if (body && body.detail) detail = `${response.status}: ${typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)}`;
  } catch (_) {
    /* not JSON: keep the status line */
  }
  return new ApiError(response.status, detail);
}

/** GET a JSON resource; params with empty values are left out. */
export async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw await failure(response);
  return response.json();
}

let configPromise = null;
/** Server-side facts: graph names, the resource base, SPARQL examples and result formats (fetched once). */
export function config() {
  configPromise ??= getJSON("/ui/config.json");
  return configPromise;
}

/**
 * POST a query to /sparql (form-encoded) asking for the given media types; returns the raw Response.
 * defaultGraphs: graph IRIs whose union is the query's default graph (the protocol's default-graph-uri).
 */
export async function sparql(query, accept = "application/sparql-results+json", defaultGraphs = []) {
  const body = new URLSearchParams({ query });
  for (const graph of defaultGraphs) body.append("default-graph-uri", graph);
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
    body,
  });
  if (!response.ok) throw await failure(response);
  return response;
}

/** SELECT rows as plain objects {variable: value string}. */
export async function select(query, defaultGraphs = []) {
  const body = await (await sparql(query, "application/sparql-results+json", defaultGraphs)).json();
  return body.results.bindings.map((binding) =>
    Object.fromEntries(Object.entries(binding).map(([name, term]) => [name, term.value])),
  );
}

const queryCache = new Map();
/** A query the interface ships under /static/queries/ (kept as .rq files, not strings in code). */
export async function bundledQuery(name) {
  if (!queryCache.has(name)) {
    queryCache.set(
      name,
      fetch(`/static/queries/${name}.rq`).then((r) => {
        if (!r.ok) throw new ApiError(r.status, `missing bundled query ${name}`);
        return r.text();
      }),
    );
  }
  return queryCache.get(name);
}

const articleCache = new Map();
/**
 * An article's text and title, cached per page load: a bundled query over the article's own graph (chosen
 * with default-graph-uri), so the offsets of its evidence point into exactly this text.
 */
export function articleText(articleId) {
  if (!articleCache.has(articleId)) {
    articleCache.set(
      articleId,
      Promise.all([config(), bundledQuery("article_text")])
        .then(([cfg, query]) => select(query, [`${cfg.graphs.article_prefix}${articleId}`]))
        .then((rows) => {
          if (!rows.length) throw new ApiError(404, `404: no article ${articleId} in the store`);
          return { id: articleId, text: rows[0].text, title: rows[0].title || null };
        })
        .catch((error) => {
          articleCache.delete(articleId); // let a later click try again
          throw error;
        }),
    );
  }
  return articleCache.get(articleId);
}
