// One place: its names, type, coordinates and containing places, and the events at it or inside it.

import { getJSON } from "./api.js";
import { append, entityLink, h, joined } from "./dom.js";
import { eventCard } from "./event_card.js";

export const NAV = "map";

export async function render(container, route) {
  const place = await getJSON(`/places/${encodeURIComponent(route.id)}`);
  document.title = `${place.name || place.id} · Conflict KG`;
  const { lat, long } = place.properties;
  append(container, [
    h("h1", {}, place.name || place.id, " ", place.types.map((t) => h("span", { class: "chip" }, t))),
    h("p", { class: "iri muted" }, place.iri),
    place.aliases.length ? h("p", { class: "aliases" }, h("span", { class: "label" }, "Also called: "), place.aliases.join(" · ")) : "",
    place.located_in.length ? h("p", {}, "In ", joined(place.located_in.map((p) => entityLink("place", p)))) : "",
    h("p", {}, lat && long ? `Coordinates: ${lat}, ${long}` : "No coordinates known.", " ", h("a", { class: "button", href: `#/map?place=${encodeURIComponent(place.id)}` }, "Events on the map")),
    h("h2", {}, `Events here (${place.event_count})`),
    place.event_count > place.events.length ? h("p", { class: "muted" }, `The first ${place.events.length} by date; the map shows up to a thousand.`) : "",
    place.events.length ? place.events.map(eventCard) : h("p", { class: "empty" }, "No events recorded at this place."),
  ]);
}
