// Actor search: names, aliases and transliterations through /actors?q= (the API folds case, accents and
// spelling variants), narrowed by ontology type.

import { bundledQuery, getJSON, select } from "./api.js";
import { clear, errorBox, h } from "./dom.js";

export const NAV = "search";
const PAGE_SIZE = 50;

export async function render(container, route) {
  document.title = "Actors · Conflict KG";
  const q = route.query.get("q") || "";
  const type = route.query.get("type") || "";
  const input = h("input", {
    type: "search",
    name: "q",
    value: q,
    placeholder: "Name, alias or spelling: Daesh, Hizballah, 23rd Brigade…",
    "aria-label": "Actor name",
    autocomplete: "off",
    autofocus: true,
  });
  const typeSelect = h("select", { name: "type", "aria-label": "Actor type" }, h("option", { value: "" }, "all types"));
  const results = h("div", { class: "results" });
  const form = h("form", { class: "search-form", role: "search" }, input, typeSelect, h("button", { type: "submit" }, "Search"));
  container.append(
    h("h1", {}, "Actors"),
    h("p", { class: "muted" }, "Armed groups, state forces and their units, coalitions, states and people named in the articles or in the reference data."),
    form,
    results,
  );

  try {
    for (const row of await select(await bundledQuery("actor_types"))) {
      const name = row.class.split("#").pop();
      typeSelect.append(h("option", { value: name, selected: name === type }, row.label || name));
    }
  } catch (error) {
    results.before(errorBox(`The type filter is unavailable: ${error.message}`));
  }

  let generation = 0;
  async function run(offset = 0) {
    const mine = ++generation;
    const params = { q: input.value.trim(), type: typeSelect.value };
    const hash = `#/?${new URLSearchParams(Object.entries(params).filter(([, v]) => v))}`;
    history.replaceState(null, "", hash.endsWith("?") ? "#/" : hash);
    if (offset === 0) clear(results).append(h("p", { class: "muted" }, "Searching…"));
    let page;
    try {
      page = await getJSON("/actors", { ...params, limit: PAGE_SIZE, offset });
    } catch (error) {
      if (mine === generation) clear(results).append(errorBox(error));
      return;
    }
    if (mine !== generation) return; // a newer search answered first
    if (offset === 0) clear(results);
    else results.querySelector(".more")?.remove();
    if (page.total === 0) {
      results.append(h("p", { class: "empty" }, `No actor matches “${params.q}”${params.type ? ` of type ${params.type}` : ""}.`));
      return;
    }
    if (offset === 0) results.append(h("p", { class: "muted count" }, `${page.total} actor${page.total === 1 ? "" : "s"}`));
    let list = results.querySelector("ul.actor-list");
    if (!list) list = results.appendChild(h("ul", { class: "actor-list" }));
    for (const actor of page.items) list.append(actorItem(actor));
    const shown = offset + page.items.length;
    if (shown < page.total) {
      results.append(h("button", { type: "button", class: "more", onclick: () => run(shown) }, `Show more (${page.total - shown} left)`));
    }
  }

  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(), 250);
  });
  typeSelect.addEventListener("change", () => run());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  await run();
  return () => clearTimeout(timer);
}

function actorItem(actor) {
  const id = encodeURIComponent(actor.id || "");
  const matchedOther = actor.matched && actor.matched !== actor.name;
  return h(
    "li",
    { class: "actor-item", "data-actor": actor.id },
    h("a", { class: "actor-name", href: `#/actor/${id}` }, actor.name),
    " ",
    actor.types.map((t) => h("span", { class: "chip" }, t)),
    matchedOther ? h("span", { class: "matched" }, ` matched “${actor.matched}”`) : "",
    h(
      "span",
      { class: "item-links" },
      h("a", { href: `#/graph/${id}` }, "graph"),
      h("a", { href: `#/map?actor=${id}` }, "map"),
    ),
  );
}
