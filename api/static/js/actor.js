// One actor: what it is, what it belongs to and fights alongside or against (each link with its source), and
// its history as a timeline.

import { getJSON } from "./api.js";
import { clear, entityLink, errorBox, h } from "./dom.js";
import { showEvidence } from "./evidence.js";
import { timeline } from "./timeline.js";

export const NAV = "search";

/** The link lists of /actors/{id}, in reading order, with their headings. */
export const LINK_SECTIONS = [
  ["parents", "Part of"],
  ["sub_units", "Sub-units"],
  ["member_of", "Member of (coalitions)"],
  ["members", "Members"],
  ["allies", "Allied with"],
  ["opposes", "Opposes"],
  ["opposed_by", "Opposed by"],
  ["supports", "Supports"],
  ["supported_by", "Supported by"],
  ["commands", "Commands"],
  ["commanded_by", "Commanded by"],
  ["leads", "Leads"],
  ["led_by", "Led by"],
];

export async function render(container, route) {
  const id = route.id;
  const actor = await getJSON(`/actors/${encodeURIComponent(id)}`);
  document.title = `${actor.name} · Conflict KG`;
  const enc = encodeURIComponent(actor.id);
  container.append(
    h(
      "div",
      { class: "actor-head" },
      h("h1", {}, actor.name, " ", actor.types.map((t) => h("span", { class: "chip" }, t))),
      h("p", { class: "iri muted" }, actor.iri),
      actor.aliases.length ? h("p", { class: "aliases" }, h("span", { class: "label" }, "Also called: "), actor.aliases.join(" · ")) : "",
      properties(actor.properties),
      h("p", { class: "actions" }, h("a", { class: "button", href: `#/graph/${enc}` }, "Organisation graph"), h("a", { class: "button", href: `#/map?actor=${enc}` }, "Events on the map")),
    ),
    links(actor),
  );

  const includeSubunits = route.query.get("subunits") !== "false";
  const toggle = h("input", { type: "checkbox", checked: includeSubunits, name: "subunits" });
  const history = h("div", { class: "history" }, h("p", { class: "muted" }, "Loading the history…"));
  container.append(
    h("h2", {}, "History"),
    h("label", { class: "toggle" }, toggle, " include what its sub-units did"),
    history,
  );
  toggle.addEventListener("change", () => {
    location.hash = `#/actor/${enc}${toggle.checked ? "" : "?subunits=false"}`;
  });
  try {
    // The API serves the history a page at a time; the timeline shows the first thousand items.
    const data = await getJSON(`/actors/${enc}/history`, { include_subunits: includeSubunits, limit: 1000 });
    clear(history).append(
      timeline(data.items),
      data.count > data.items.length ? h("p", { class: "muted" }, `The first ${data.items.length} of ${data.count} items.`) : "",
    );
  } catch (error) {
    clear(history).append(errorBox(error));
  }
}

function properties(props) {
  const shown = Object.entries(props || {}).filter(([key]) => key !== "label");
  if (!shown.length) return "";
  return h("dl", { class: "properties" }, shown.map(([key, value]) => [h("dt", {}, key), h("dd", {}, value)]));
}

function links(actor) {
  const sections = LINK_SECTIONS.filter(([key]) => actor[key]?.length);
  if (!sections.length) return h("p", { class: "muted" }, "No organisational links recorded.");
  return h(
    "div",
    { class: "links" },
    sections.map(([key, title]) =>
      h(
        "section",
        { class: `link-section link-${key}` },
        h("h3", {}, title),
        h(
          "ul",
          {},
          actor[key].map((link) => h("li", {}, entityLink("actor", link), " ", sources(link, title))),
        ),
      ),
    ),
  );
}

function sources(link, title) {
  return link.sources.map((source) =>
    source.article
      ? h(
          "button",
          {
            type: "button",
            class: "source article-source",
            title: source.quote || "from an article",
            onclick: () => showEvidence(source, `${title}: ${link.name || link.id}`),
          },
          "quote",
        )
      : h("span", { class: "source reference-source", title: source.graph }, "reference"),
  );
}
