// The router: "#/<page>/<id>?<query>" → a page module's render(container, route). Each navigation renders
// into a fresh container, so a slow answer for a page the user already left lands nowhere.

import { closeEvidence } from "./evidence.js";
import { clear, errorBox } from "./dom.js";
import * as actor from "./actor.js";
import * as article from "./article.js";
import * as graph from "./graph.js";
import * as map from "./map.js";
import * as place from "./place.js";
import * as search from "./search.js";
import * as sparql from "./sparql.js";

const ROUTES = {
  "": search,
  search,
  actor,
  graph,
  map,
  place,
  sparql,
  articles: article,
  article,
};

let cleanup = null;

export function parseRoute(hash) {
  const [path, queryString = ""] = hash.replace(/^#\/?/, "").split("?");
  const [page = "", ...rest] = path.split("/");
  return {
    page,
    id: rest.length ? decodeURIComponent(rest.join("/")) : null,
    query: new URLSearchParams(queryString),
  };
}

async function navigate() {
  const route = parseRoute(location.hash);
  const module = ROUTES[route.page];
  const view = document.getElementById("view");
  if (cleanup) {
    try {
      cleanup();
    } catch (_) {
      /* a page's teardown must not block the next page */
    }
    cleanup = null;
  }
  closeEvidence();
  clear(view);
  delete view.dataset.ready;
  const container = view.appendChild(document.createElement("div"));
  container.className = `page page-${route.page || "search"}`;
  for (const link of document.querySelectorAll("[data-nav]")) {
    const active = link.dataset.nav === (module?.NAV ?? "");
    link.classList.toggle("active", active);
  }
  if (!module) {
    container.append(errorBox(`No page “${route.page}”.`));
    view.dataset.ready = "true";
    return;
  }
  try {
    const teardown = await module.render(container, route);
    if (!container.isConnected) teardown?.(); // the user moved on while it loaded
    else cleanup = teardown || null;
  } catch (error) {
    container.append(errorBox(error));
  }
  if (container.isConnected) view.dataset.ready = "true";
}

window.addEventListener("hashchange", navigate);
navigate();
