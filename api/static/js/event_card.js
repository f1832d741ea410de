// One event (or relation change) as a card: type in its colour, the date with its precision, who did what to
// whom where, casualty figures (contradicting ones side by side), claims with their claimant, and the quote,
// which opens in its article when clicked.

import { dateLabel } from "./dates.js";
import { entityLink, h, joined } from "./dom.js";
import { typeColour, typeLabel } from "./event_types.js";
import { showEvidence } from "./evidence.js";

export function eventCard(item) {
  const relation = item.kind === "relation-begins" || item.kind === "relation-ends";
  const claims = claimsOf(item);
  const card = h(
    "article",
    {
      class: `event-card${relation ? " relation" : ""}${claims.length ? " claimed" : ""}`,
      "data-id": item.id,
      "data-type": item.type,
      style: { borderLeftColor: typeColour(item.type) },
    },
    h(
      "header",
      {},
      h("span", { class: "type-chip", style: { background: relation ? "#555" : typeColour(item.type) } }, typeLabel(item.type)),
      relation ? h("span", { class: "chip" }, item.kind === "relation-begins" ? "begins" : "ends") : "",
      h("span", { class: `date precision-${item.date?.precision || "none"}` }, dateLabel(item.date)),
      claims.length ? h("span", { class: "claim-badge", title: "Reported as a claim, not as fact" }, "claim") : "",
      item.planned ? h("span", { class: "chip" }, "planned") : "",
    ),
    relation ? relationLine(item) : participantsLine(item),
    casualtiesBlock(item.casualties || []),
    claims.map((c) => h("p", { class: "claim" }, "Claimed by ", h("strong", {}, c.name), c.status ? ` (${c.status})` : "")),
    quoteBlock(item),
  );
  return card;
}

function claimsOf(item) {
  if (item.claims?.length) {
    return item.claims.map((c) => ({
      name: c.claimant_name || c.claimant || "an unnamed source",
      status: c.status ? c.status.split("#").pop().toLowerCase() : null,
    }));
  }
  return item.claimed_by ? [{ name: item.claimed_by, status: null }] : [];
}

function participantsLine(event) {
  const parts = [];
  if (event.agents?.length) parts.push(h("span", { class: "agents" }, joined(event.agents.map((a) => entityLink("actor", a)))));
  if (event.targets?.length) {
    parts.push(h("span", { class: "arrow" }, parts.length ? " → " : "against "));
    parts.push(h("span", { class: "targets" }, joined(event.targets.map((a) => entityLink("actor", a)))));
  }
  if (event.places?.length) {
    parts.push(parts.length ? " · " : "", h("span", { class: "places" }, "at ", joined(event.places.map((p) => entityLink("place", p)))));
  }
  return parts.length ? h("p", { class: "participants" }, parts) : "";
}

function relationLine(item) {
  return h(
    "p",
    { class: "participants" },
    entityLink("actor", item.subject),
    h("span", { class: "arrow" }, ` — ${typeLabel(item.type).replace(/ relation$/, "")} → `),
    entityLink("actor", item.object),
  );
}

/** "3", "3–5", "at least 3", "up to 5". */
export function figure(c) {
  if (c.count !== null && c.count !== undefined) return String(c.count);
  if (c.min !== null && c.max !== null && c.min !== undefined && c.max !== undefined) return `${c.min}–${c.max}`;
  if (c.min !== null && c.min !== undefined) return `at least ${c.min}`;
  if (c.max !== null && c.max !== undefined) return `up to ${c.max}`;
  return "an unknown number";
}

function casualtiesBlock(casualties) {
  if (!casualties.length) return "";
  const groups = new Map();
  for (const c of casualties) {
    const key = `${c.status}|${c.victim?.iri || ""}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  const out = [];
  for (const figures of groups.values()) {
    const distinct = new Set(figures.map(figure));
    const victim = figures[0].victim;
    // A function, not an array: a DOM node (the victim link) can only sit in one place.
    const what = () => [(figures[0].status || "casualties").replaceAll("_", " "), victim ? [" (", entityLink("actor", victim), ")"] : ""];
    if (distinct.size > 1) {
      out.push(
        h(
          "div",
          { class: "contradiction", title: "Sources disagree on this figure" },
          h("span", { class: "contradiction-label" }, "Figures disagree:"),
          figures.map((c) => h("div", { class: "figure" }, h("strong", {}, figure(c)), " ", what(), h("div", { class: "muted" }, c.claimed_by ? `according to ${c.claimed_by}` : "as reported"))),
        ),
      );
    } else {
      const claimants = [...new Set(figures.map((c) => c.claimed_by).filter(Boolean))];
      out.push(
        h("p", { class: "casualty" }, h("strong", {}, figure(figures[0])), " ", what(), claimants.length ? h("span", { class: "muted" }, ` — according to ${claimants.join(", ")}`) : ""),
      );
    }
  }
  return h("div", { class: "casualties" }, out);
}

function quoteBlock(item) {
  const evidence = (item.evidence || []).map((e) => ({ ...e, article: item.article }));
  if (!evidence.length) return "";
  return evidence.map((e) =>
    h(
      "button",
      {
        type: "button",
        class: "quote",
        title: "Show the quote in its article",
        onclick: () => showEvidence(e, `${typeLabel(item.type)} · ${dateLabel(item.date)}`),
      },
      `“${e.quote}”`,
    ),
  );
}
