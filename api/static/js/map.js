// Events on a map of Syria and Iraq. Country outlines ship with the project (api/static/data), so nothing is
// fetched from the internet. A place known to the point or settlement is a dot; one known only as an area,
// governorate or country is a translucent circle of that size; a place without coordinates is drawn as the
// most precise place it lies in, and says so.

import { bundledQuery, getJSON, select } from "./api.js";
import { dateLabel } from "./dates.js";
import { append, clear, errorBox, h } from "./dom.js";
import { typeColour, typeLabel } from "./event_types.js";
import { showEvidence } from "./evidence.js";

export const NAV = "map";

/** Coordinate precision (ontology local name) → drawing: rank (lower is more precise) and circle radius. */
const PRECISION = {
  PointPrecision: { rank: 0, radiusKm: 0 },
  SettlementPrecision: { rank: 1, radiusKm: 0 },
  AreaPrecision: { rank: 2, radiusKm: 25 },
  AdminAreaPrecision: { rank: 3, radiusKm: 60 },
  CountryPrecision: { rank: 4, radiusKm: 200 },
};
const UNLOCATED = { rank: 9, radiusKm: 0 };

export async function render(container, route) {
  document.title = "Map · Conflict KG";
  const q = route.query;
  const actorInput = h("input", { name: "actor", list: "map-actors", value: q.get("actor") || "", placeholder: "actor id or name", autocomplete: "off" });
  const actorList = h("datalist", { id: "map-actors" });
  const typeSelect = h("select", { name: "type" }, h("option", { value: "" }, "all types"));
  const from = h("input", { type: "date", name: "from", value: q.get("from") || "" });
  const to = h("input", { type: "date", name: "to", value: q.get("to") || "" });
  const form = h(
    "form",
    { class: "filters" },
    h("label", {}, "Actor ", actorInput, actorList),
    h("label", {}, "Type ", typeSelect),
    h("label", {}, "From ", from),
    h("label", {}, "To ", to),
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "button", class: "secondary", onclick: () => (location.hash = "#/map") }, "Clear"),
  );
  const status = h("p", { class: "muted map-status" }, "Loading…");
  const mapDiv = h("div", { id: "map", class: "map" });
  const unplaced = h("div", { class: "unplaced" });
  const placeNote = q.get("place") ? h("p", { class: "muted" }, "Only events at or inside ", h("a", { href: `#/place/${encodeURIComponent(q.get("place"))}` }, q.get("place")), ".") : "";
  container.append(h("h1", {}, "Events on the map"), form, placeNote, status, mapDiv, precisionLegend(), unplaced);

  const map = L.map(mapDiv, { zoomSnap: 0.25, worldCopyJump: false, attributionControl: true });
  map.attributionControl.setPrefix(false);
  let timer = null;
  const teardown = () => {
    clearTimeout(timer);
    map.remove();
  };

  const [boundaries, places, types] = await Promise.all([
    getJSON("/static/data/boundaries.geojson"),
    select(await bundledQuery("event_places")),
    select(await bundledQuery("event_types")).catch(() => []),
  ]);
  // Panes from the bottom: country outlines, then translucent precision circles, then the event dots on top.
  map.createPane("outlines").style.zIndex = 300;
  map.createPane("areas").style.zIndex = 390;
  const outlines = L.geoJSON(boundaries, {
    pane: "outlines",
    style: (f) => (f.properties.focus ? { color: "#35506f", weight: 1.5, fillColor: "#f6f1e4", fillOpacity: 1 } : { color: "#9aa5b1", weight: 1, fillColor: "#e4e7eb", fillOpacity: 1 }),
    onEachFeature: (f, layer) => layer.bindTooltip(f.properties.name, { sticky: true, opacity: 0.8 }),
    attribution: "Boundaries: Natural Earth (public domain)",
  }).addTo(map);
  const focus = boundaries.features.filter((f) => f.properties.focus);
  map.fitBounds(L.geoJSON({ type: "FeatureCollection", features: focus }).getBounds(), { padding: [10, 10] });

  for (const row of types) {
    const name = row.class.split("#").pop();
    typeSelect.append(h("option", { value: name, selected: name === q.get("type") }, row.label || name));
  }
  actorInput.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const term = actorInput.value.trim();
      if (term.length < 2) return;
      const page = await getJSON("/actors", { q: term, limit: 10 }).catch(() => ({ items: [] }));
      append(clear(actorList), page.items.map((a) => h("option", { value: a.id }, a.name)));
    }, 250);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, input] of [["actor", actorInput], ["type", typeSelect], ["from", from], ["to", to]]) {
      if (input.value.trim()) params.set(key, input.value.trim());
    }
    if (q.get("place")) params.set("place", q.get("place")); // set by a place page's link, kept until Clear
    location.hash = `#/map${params.toString() ? `?${params}` : ""}`;
  });

  let actorId = q.get("actor") || "";
  if (actorId && !/^[A-Za-z0-9][A-Za-z0-9._~-]*$/.test(actorId)) {
    // a name was typed: take the best match
    const page = await getJSON("/actors", { q: actorId, limit: 1 });
    actorId = page.items[0]?.id || "";
    if (!actorId) {
      status.replaceWith(errorBox(`No actor matches “${q.get("actor")}”.`));
      return teardown;
    }
  }
  let events;
  try {
    events = await getJSON("/events", { actor: actorId, place: q.get("place"), type: q.get("type"), from: q.get("from"), to: q.get("to"), limit: 1000 });
  } catch (error) {
    status.replaceWith(errorBox(error));
    return teardown;
  }
  const locations = placeLocations(places);
  const groups = new Map();
  const notPlaced = [];
  for (const event of events.items) {
    const spot = bestSpot(event, locations);
    if (!spot) {
      notPlaced.push(event);
      continue;
    }
    if (!groups.has(spot.key)) groups.set(spot.key, { spot, events: [] });
    groups.get(spot.key).events.push(event);
  }
  const layer = L.featureGroup().addTo(map);
  for (const { spot, events: here } of groups.values()) drawGroup(layer, spot, here);
  if ([...q.keys()].length && layer.getLayers().length) {
    map.fitBounds(layer.getBounds(), { padding: [40, 40], maxZoom: 7 }); // a filtered view shows its own events
  }
  const placed = events.items.length - notPlaced.length;
  const filtered = [...q.keys()].length ? " matching the filters" : "";
  status.textContent = `${events.total} event${events.total === 1 ? "" : "s"}${filtered}; ${placed} on the map at ${groups.size} place${groups.size === 1 ? "" : "s"}.`;
  if (q.get("from") || q.get("to")) status.textContent += " A date range leaves undated events out.";
  if (notPlaced.length) {
    unplaced.append(
      h("h3", {}, `Not on the map (${notPlaced.length})`),
      h("p", { class: "muted" }, "No place of these events has coordinates, nor lies in a place that has."),
      h("ul", {}, notPlaced.map((e) => h("li", {}, eventLine(e)))),
    );
  }
  container.dataset.markers = String(groups.size);
  return teardown;
}

/** place IRI → {lat, lng, precision, name, via} from the event_places rows (the most precise container wins). */
function placeLocations(rows) {
  const out = new Map();
  for (const row of rows) {
    const own = row.lat !== undefined;
    const candidate = own
      ? { lat: +row.lat, lng: +row.long, precision: local(row.precision), label: row.precisionLabel, via: null }
      : row.containerLat !== undefined
        ? { lat: +row.containerLat, lng: +row.containerLong, precision: local(row.containerPrecision), label: row.containerPrecisionLabel, via: { iri: row.container, name: row.containerName } }
        : null;
    if (!candidate) continue;
    candidate.iri = own ? row.place : row.container;
    candidate.name = row.name || row.place.split("/").pop();
    candidate.rank = (PRECISION[candidate.precision] || PRECISION.SettlementPrecision).rank;
    const known = out.get(row.place);
    if (!known || candidate.rank < known.rank) out.set(row.place, candidate);
  }
  return out;
}

function local(iri) {
  return iri ? iri.split("#").pop() : null;
}

/** The most precisely located of an event's places. */
function bestSpot(event, locations) {
  let best = null;
  for (const place of event.places) {
    const where = locations.get(place.iri);
    if (where && (!best || where.rank < best.rank)) best = { ...where, place };
  }
  if (!best) return null;
  return { ...best, key: `${best.lat},${best.lng},${best.precision}` };
}

function drawGroup(layer, spot, events) {
  const drawing = PRECISION[spot.precision] || (spot.precision ? UNLOCATED : PRECISION.SettlementPrecision);
  const colour = events.length === 1 ? typeColour(events[0].type) : "#1f3a5f";
  const popup = popupContent(spot, events);
  if (drawing.radiusKm > 0) {
    L.circle([spot.lat, spot.lng], { radius: drawing.radiusKm * 1000, color: colour, weight: 1.5, dashArray: "4 4", fillColor: colour, fillOpacity: 0.18, pane: "areas", className: "event-area" })
      .bindPopup(popup)
      .bindTooltip(tooltip(spot, events))
      .addTo(layer);
  }
  L.circleMarker([spot.lat, spot.lng], { radius: 5 + Math.min(8, 2 * Math.log2(events.length + 1)), color: "#fff", weight: 1.5, fillColor: colour, fillOpacity: 0.95, className: "event-marker" })
    .bindPopup(popup)
    .bindTooltip(tooltip(spot, events))
    .addTo(layer);
}

function tooltip(spot, events) {
  return `${events.length} event${events.length === 1 ? "" : "s"} · ${spot.via ? `somewhere in ${spot.via.name}` : spot.name}`;
}

function popupContent(spot, events) {
  return h(
    "div",
    { class: "map-popup" },
    h("strong", {}, spot.via ? `${spot.place.name || spot.name} — somewhere in ${spot.via.name}` : spot.place.name || spot.name),
    h("div", { class: "muted" }, `coordinates: ${spot.label || spot.precision || "unknown"} precision`),
    h("ul", {}, events.map((e) => h("li", {}, eventLine(e)))),
  );
}

function eventLine(event) {
  const who = event.agents.map((a) => a.name || a.id).join(", ");
  const quote = event.evidence[0];
  return [
    h("span", { class: "type-chip", style: { background: typeColour(event.type) } }, typeLabel(event.type)),
    " ",
    h("span", { class: "date" }, dateLabel(event.date)),
    who ? ` · ${who}` : "",
    event.places.length ? ` · ${event.places.map((p) => p.name || p.id).join(", ")}` : "",
    " ",
    quote ? h("button", { type: "button", class: "link", onclick: () => showEvidence({ ...quote, article: event.article }, `${typeLabel(event.type)} · ${dateLabel(event.date)}`) }, "quote") : "",
  ];
}

function precisionLegend() {
  return h(
    "div",
    { class: "legend map-legend" },
    h("span", { class: "legend-item" }, h("span", { class: "swatch dot" }), "place located to the point or settlement"),
    h("span", { class: "legend-item" }, h("span", { class: "swatch area" }), "located only to an area, governorate or country (circle of that size)"),
    h("span", { class: "legend-item" }, "Colour: event type (navy: several events)"),
  );
}
