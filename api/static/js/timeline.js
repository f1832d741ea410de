// An actor's history: dated items drawn on a time axis (a dot for a day, a bar for the month, year or interval
// a date can mean), then every item as a card, grouped into dated, year-unknown and undated.

import { DAY, dateExtent, dateLabel, isoDay } from "./dates.js";
import { h } from "./dom.js";
import { eventCard } from "./event_card.js";
import { typeColour, typeLabel } from "./event_types.js";

const WIDTH = 960;
const MARGIN = 24;
const LANE = 16;

export function timeline(items) {
  const placed = [];
  const yearUnknown = [];
  const undated = [];
  for (const item of items) {
    const extent = dateExtent(item.date);
    if (extent) placed.push({ item, extent });
    else if (item.date?.precision === "month-day") yearUnknown.push(item);
    else undated.push(item);
  }
  const cards = new Map();
  const section = (title, list, note) =>
    list.length
      ? h(
          "section",
          { class: "timeline-group" },
          h("h3", {}, title, h("span", { class: "muted" }, ` (${list.length})`)),
          note ? h("p", { class: "muted" }, note) : "",
          list.map((item) => {
            const card = eventCard(item);
            cards.set(item, card);
            return card;
          }),
        )
      : "";
  const root = h("div", { class: "timeline" });
  if (placed.length) root.append(axis(placed, cards));
  root.append(legend(items.filter((i) => i.kind === "event" || !i.kind)));
  root.append(
    section("Dated", placed.map((p) => p.item)),
    section("Year unknown", yearUnknown, "Day and month are known but not the year, so these cannot be placed on the axis."),
    section("Undated", undated, "No date is known for these (for a relation: when it began)."),
  );
  if (!items.length) root.append(h("p", { class: "empty" }, "Nothing recorded yet."));
  return root;
}

function axis(placed, cards) {
  let first = Math.min(...placed.map((p) => p.extent[0]));
  let last = Math.max(...placed.map((p) => p.extent[1])) + DAY;
  if (last - first < 30 * DAY) {
    const pad = (30 * DAY - (last - first)) / 2;
    first -= pad;
    last += pad;
  }
  const x = (ms) => MARGIN + ((ms - first) / (last - first)) * (WIDTH - 2 * MARGIN);
  // Greedy lanes: an item goes to the first lane whose last mark ends before it starts.
  const laneEnds = [];
  const marks = placed
    .slice()
    .sort((a, b) => a.extent[0] - b.extent[0])
    .map((p) => {
      const x0 = x(p.extent[0]);
      const x1 = Math.max(x(p.extent[1] + DAY), x0 + 10);
      let lane = laneEnds.findIndex((end) => end + 4 < x0);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = x1;
      return { ...p, x0, x1, lane };
    });
  const height = 34 + laneEnds.length * LANE;
  const svg = h("svg", { class: "timeline-axis", viewBox: `0 0 ${WIDTH} ${height}`, role: "img", "aria-label": "Timeline" });
  svg.append(h("line", { x1: MARGIN, x2: WIDTH - MARGIN, y1: height - 22, y2: height - 22, class: "axis-line" }));
  for (const tick of ticks(first, last)) {
    const tx = x(tick.ms);
    svg.append(
      h("line", { x1: tx, x2: tx, y1: 4, y2: height - 18, class: "tick" }),
      h("text", { x: tx + 2, y: height - 6, class: "tick-label" }, tick.label),
    );
  }
  for (const mark of marks) {
    const { item } = mark;
    const colour = typeColour(item.kind === "event" || !item.kind ? item.type : null);
    const y = 8 + mark.lane * LANE;
    const exact = mark.extent[0] === mark.extent[1];
    const tip = h("title", {}, `${typeLabel(item.type)} · ${dateLabel(item.date)}`);
    const select = () => {
      const card = cards.get(item);
      if (!card) return;
      card.scrollIntoView({ block: "center", behavior: "smooth" });
      card.classList.add("selected");
      setTimeout(() => card.classList.remove("selected"), 1600);
      card.querySelector(".quote")?.click();
    };
    const attrs = { class: `mark precision-${item.date?.precision || "none"}`, "data-id": item.id, onclick: select };
    svg.append(
      exact
        ? h("circle", { ...attrs, cx: (mark.x0 + mark.x1) / 2, cy: y + 5, r: 6, fill: colour }, tip)
        : h("rect", { ...attrs, x: mark.x0, y, width: mark.x1 - mark.x0, height: 10, rx: 4, fill: colour, stroke: colour }, tip),
    );
  }
  return h("div", { class: "axis-wrap" }, svg);
}

function ticks(first, last) {
  const out = [];
  const start = new Date(first);
  const span = last - first;
  const months = span > 3 * 365 * DAY ? 12 : span > 400 * DAY ? 3 : 1;
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + 1;
  for (let i = 0; i < 400; i++) {
    if (month > 11) {
      year += Math.floor(month / 12);
      month %= 12;
    }
    const ms = Date.UTC(year, month, 1);
    if (ms > last) break;
    if (month % months === 0) out.push({ ms, label: months === 12 ? String(year) : isoDay(ms).slice(0, 7) });
    month += 1;
  }
  if (!out.length) out.push({ ms: first, label: isoDay(first) });
  return out;
}

function legend(events) {
  const types = [...new Set(events.map((e) => e.type).filter(Boolean))].sort();
  if (!types.length) return "";
  return h(
    "div",
    { class: "legend" },
    types.map((t) => h("span", { class: "legend-item" }, h("span", { class: "swatch", style: { background: typeColour(t) } }), typeLabel(t))),
    h("span", { class: "legend-item" }, h("span", { class: "swatch dot" }), "day"),
    h("span", { class: "legend-item" }, h("span", { class: "swatch bar" }), "month, year or interval"),
  );
}
