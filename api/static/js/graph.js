// An actor's organisation as a network: the actor in the centre, its parents, sub-units, coalitions, allies,
// opponents, supporters and commanders around it, each kind of link in its own sector and colour. A small
// deterministic radial layout (no library): the same actor always draws the same picture.

import { getJSON } from "./api.js";
import { h } from "./dom.js";
import { showEvidence } from "./evidence.js";
import { LINK_SECTIONS } from "./actor.js";

export const NAV = "search";

/** Link kinds in clockwise order from the top, with their edge colours. */
const KINDS = {
  parents: "#1f3a5f",
  member_of: "#2874a6",
  allies: "#1e8449",
  supported_by: "#52be80",
  supports: "#7dcea0",
  commanded_by: "#7d3c98",
  led_by: "#a569bd",
  commands: "#7d3c98",
  leads: "#a569bd",
  sub_units: "#5d6d7e",
  members: "#5dade2",
  opposes: "#c0392b",
  opposed_by: "#e67e22",
};
const TITLES = Object.fromEntries(LINK_SECTIONS);
const RADIAL_LABELS = 10;

export async function render(container, route) {
  const actor = await getJSON(`/actors/${encodeURIComponent(route.id)}`);
  document.title = `${actor.name}: organisation · Conflict KG`;
  container.append(
    h("h1", {}, "Organisation of ", h("a", { href: `#/actor/${encodeURIComponent(actor.id)}` }, actor.name)),
    h("p", { class: "muted" }, "Click an actor to centre the graph on it; click a solid line for the quote it was read from. Dotted lines come from the reference data."),
  );
  const placed = layout(actor);
  if (placed.nodes.length === 0) {
    container.append(h("p", { class: "empty" }, "No organisational links recorded for this actor."));
    return;
  }
  container.append(drawing(actor, placed), legend(placed));
}

/** Nodes around the centre: each kind gets an arc in proportion to its size; crowded arcs alternate radii. */
export function layout(actor) {
  const groups = Object.keys(KINDS)
    .map((kind) => ({ kind, links: actor[kind] || [] }))
    .filter((g) => g.links.length);
  const total = groups.reduce((n, g) => n + g.links.length, 0);
  const radius = Math.max(170, Math.min(420, total * 11));
  const radial = total > RADIAL_LABELS; // many neighbours: labels run outwards along their rays, never across
  const nodes = [];
  let angle = -Math.PI / 2 - (Math.PI * (groups[0]?.links.length || 1)) / Math.max(total, 1);
  for (const group of groups) {
    const share = (2 * Math.PI * group.links.length) / total;
    group.links.forEach((link, i) => {
      const a = angle + (share * (i + 0.5)) / group.links.length;
      const r = !radial && group.links.length > 6 && i % 2 ? radius + 70 : radius;
      nodes.push({ link, kind: group.kind, x: r * Math.cos(a), y: r * Math.sin(a), angle: a });
    });
    angle += share;
  }
  return { nodes, radius: radial ? radius : radius + 70, radial, kinds: groups.map((g) => g.kind) };
}

function drawing(actor, { nodes, radius, radial }) {
  const pad = 190;
  const size = 2 * (radius + pad);
  const half = radial ? radius + pad : radius + 60;
  const svg = h("svg", {
    class: "org-graph",
    viewBox: `${-size / 2} ${-half} ${size} ${2 * half}`,
    role: "img",
    "aria-label": `Organisation graph of ${actor.name}`,
  });
  for (const node of nodes) {
    const fromArticle = node.link.sources.find((s) => s.article);
    svg.append(
      h(
        "line",
        {
          x1: 0,
          y1: 0,
          x2: node.x,
          y2: node.y,
          stroke: KINDS[node.kind],
          class: `edge edge-${node.kind}${fromArticle ? " from-article" : " from-reference"}`,
          onclick: fromArticle ? () => showEvidence(fromArticle, `${TITLES[node.kind]}: ${node.link.name || node.link.id}`) : null,
        },
        h("title", {}, `${TITLES[node.kind]}: ${node.link.name || node.link.id}${fromArticle ? ` — “${fromArticle.quote}”` : " (reference data)"}`),
      ),
    );
  }
  for (const node of nodes) {
    // Labels point away from the centre: beside the node on the sides, above or below it at top and bottom.
    const cos = Math.cos(node.angle);
    const vertical = Math.abs(cos) < 0.25;
    const anchor = vertical ? "middle" : cos < 0 ? "end" : "start";
    const dx = vertical ? 0 : cos < 0 ? -10 : 10;
    const dy = vertical ? (Math.sin(node.angle) < 0 ? -12 : 20) : 4;
    const href = node.link.id ? `#/graph/${encodeURIComponent(node.link.id)}` : null;
    const name = node.link.name || node.link.id;
    const label = radial ? radialLabel(node, name) : h("text", { x: node.x + dx, y: node.y + dy, "text-anchor": anchor }, name);
    svg.append(
      h(
        "g",
        { class: "node", "data-id": node.link.id, onclick: href ? () => (location.hash = href) : null },
        h("circle", { cx: node.x, cy: node.y, r: 7, fill: KINDS[node.kind] }),
        label,
        h("title", {}, `${node.link.name || node.link.id} (${TITLES[node.kind].toLowerCase()})`),
      ),
    );
  }
  svg.append(
    h(
      "g",
      { class: "node centre" },
      h("circle", { cx: 0, cy: 0, r: 14 }),
      h("text", { x: 0, y: -22, "text-anchor": "middle" }, actor.name),
    ),
  );
  return h("div", { class: "graph-wrap" }, svg);
}

/** A label along the node's ray, turned so that it never reads upside down. */
function radialLabel(node, name) {
  const degrees = (node.angle * 180) / Math.PI;
  const left = Math.cos(node.angle) < 0;
  const x = node.x + 10 * Math.cos(node.angle); // 10 px further out along the ray
  const y = node.y + 10 * Math.sin(node.angle);
  return h(
    "text",
    { x, y, dy: "0.35em", "text-anchor": left ? "end" : "start", transform: `rotate(${left ? degrees + 180 : degrees} ${x} ${y})` },
    name,
  );
}

function legend({ kinds }) {
  return h(
    "div",
    { class: "legend" },
    kinds.map((kind) => h("span", { class: "legend-item" }, h("span", { class: "swatch line", style: { background: KINDS[kind] } }), TITLES[kind])),
  );
}
