// Articles: the list, and one article's cleaned text with every extracted fact highlighted at its offsets.
// Clicking highlighted words lists the facts read from them; clicking a fact highlights its words. The names
// the article mentions are listed with the entity-resolution decision (linked, new, unsure) and its reason.

import { articleText, bundledQuery, config, getJSON, select } from "./api.js";
import { append, clear, entityLink, h } from "./dom.js";
import { eventCard } from "./event_card.js";
import { typeColour, typeLabel } from "./event_types.js";
import { segments } from "./text_spans.js";

export const NAV = "articles";

export async function render(container, route) {
  return route.page === "articles" || !route.id ? list(container) : one(container, route);
}

async function list(container) {
  document.title = "Articles · Conflict KG";
  const articles = await getJSON("/articles");
  articles.sort((a, b) => (b.published || "").localeCompare(a.published || "") || (a.title || "").localeCompare(b.title || ""));
  container.append(
    h("h1", {}, "Articles"),
    h("p", { class: "muted" }, `${articles.length} article${articles.length === 1 ? "" : "s"} in the store.`),
    h(
      "table",
      { class: "articles-table" },
      h("thead", {}, h("tr", {}, h("th", {}, "Title"), h("th", {}, "Publisher"), h("th", {}, "Published"), h("th", {}, "Ingested"))),
      h(
        "tbody",
        {},
        articles.map((a) =>
          h(
            "tr",
            {},
            h("td", {}, h("a", { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.id)),
            h("td", {}, a.publisher || "—"),
            h("td", {}, a.published || "—"),
            h("td", { class: "muted" }, (a.ingested || "").slice(0, 16).replace("T", " ")),
          ),
        ),
      ),
    ),
  );
}

async function one(container, route) {
  const [article, text, cfg] = await Promise.all([getJSON(`/articles/${encodeURIComponent(route.id)}`), articleText(route.id), config()]);
  document.title = `${article.title || article.id} · Conflict KG`;
  let mentions = [];
  let mentionsError = null;
  try {
    const rows = await select(await bundledQuery("article_mentions"), [article.graph, cfg.graphs.reference, cfg.graphs.ontology]);
    mentions = rows.map((r) => ({ start: +r.start, end: +r.end, kind: "mention", mention: r }));
  } catch (error) {
    mentionsError = error;
  }
  const facts = [
    ...article.events.flatMap((event) => event.evidence.map((e) => ({ start: e.start, end: e.end, kind: "event", fact: event }))),
    ...article.relations.filter((r) => r.evidence).map((r) => ({ start: r.evidence.start, end: r.evidence.end, kind: "relation", fact: r })),
  ];
  const focusStart = Number.parseInt(route.query.get("start"), 10);
  const focusEnd = Number.parseInt(route.query.get("end"), 10);
  const spans = [...facts, ...mentions];
  if (Number.isInteger(focusStart) && Number.isInteger(focusEnd)) spans.push({ start: focusStart, end: focusEnd, kind: "focus" });

  const detail = h("div", { class: "fact-detail", "data-base": cfg.resource_base }, h("p", { class: "muted" }, "Click highlighted words to see the facts read from them; dotted names to see how they were resolved."));
  const textBox = h(
    "div",
    { class: "article-text" },
    segments(text.text, spans).map((seg) => {
      const covering = seg.spans.filter((s) => s.kind === "event" || s.kind === "relation");
      const named = seg.spans.filter((s) => s.kind === "mention");
      const focus = seg.spans.some((s) => s.kind === "focus");
      const positions = { "data-start": seg.start, "data-end": seg.end, onclick: () => showFacts(detail, covering, named) };
      if (!covering.length && !focus) {
        return named.length ? h("span", { class: "mention", title: "a name: click for how it was resolved", ...positions }, seg.text) : seg.text;
      }
      const first = covering.find((s) => s.kind === "event");
      return h(
        "mark",
        {
          class: `fact depth-${Math.min(covering.length, 3)}${focus ? " focus" : ""}${first ? "" : " relation-only"}${named.length ? " named" : ""}`,
          style: first ? { borderBottomColor: typeColour(first.fact.type) } : null,
          ...positions,
        },
        seg.text,
      );
    }),
  );
  const meta = [article.publisher, article.published, article.url ? h("a", { href: article.url, rel: "noopener noreferrer", target: "_blank" }, "original") : null].filter(Boolean);
  container.append(
    h("h1", {}, article.title || article.id),
    h("p", { class: "muted" }, meta.flatMap((m, i) => (i ? [" · ", m] : [m])), ` · ${article.events.length} events, ${article.relations.length} relations highlighted`),
    h(
      "div",
      { class: "article-layout" },
      textBox,
      h(
        "div",
        { class: "fact-panel" },
        detail,
        h("h3", {}, "Events"),
        article.events.length ? article.events.map((e) => withFocus(eventCard(e), textBox, e.evidence)) : h("p", { class: "empty" }, "None."),
        h("h3", {}, "Relations"),
        article.relations.length ? h("ul", { class: "relations" }, article.relations.map((r) => withFocus(relationItem(r), textBox, r.evidence ? [r.evidence] : []))) : h("p", { class: "empty" }, "None."),
        h("h3", {}, "Names and how they were resolved"),
        mentionsError ? h("p", { class: "error" }, `The names could not be loaded: ${mentionsError.message}`) : resolutionList(mentions, textBox, cfg.resource_base),
      ),
    ),
  );
  const focus = textBox.querySelector("mark.focus");
  if (focus) focus.scrollIntoView({ block: "center" });
}

function relationItem(r) {
  return h("li", { class: "relation-item" }, entityLink("actor", r.subject), h("span", { class: "arrow" }, ` — ${typeLabel(r.type).replace(/ relation$/, "")} → `), entityLink("actor", r.object));
}

/** Hovering or clicking a fact in the panel marks its words in the text. */
function withFocus(element, textBox, evidence) {
  const marks = () =>
    [...textBox.querySelectorAll("mark, span.mention")].filter((m) => evidence.some((e) => +m.dataset.start >= e.start && +m.dataset.end <= e.end));
  element.addEventListener("mouseenter", () => marks().forEach((m) => m.classList.add("hover")));
  element.addEventListener("mouseleave", () => marks().forEach((m) => m.classList.remove("hover")));
  element.addEventListener("click", (event) => {
    if (event.target.closest("a, button")) return;
    textBox.querySelectorAll("mark.focus").forEach((m) => m.classList.remove("focus"));
    const found = marks();
    found.forEach((m) => m.classList.add("focus"));
    found[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
  });
  return element;
}

function showFacts(detail, covering, named) {
  append(clear(detail), [
    covering.length ? h("h3", {}, `Read from these words (${covering.length})`) : "",
    covering.map((s) => (s.kind === "event" ? eventCard(s.fact) : h("ul", { class: "relations" }, relationItem(s.fact)))),
    named.length ? h("h3", {}, "Names here") : "",
    named.length ? h("ul", { class: "mentions" }, named.map((s) => mentionItem(s.mention, detail.dataset.base))) : "",
  ]);
  detail.scrollIntoView({ block: "nearest" });
}

/** Decisions that deserve a reader's check come first and open; linked names are folded away. */
const DECISION_ORDER = ["Unsure", "NewEntity", "Linked"];

function resolutionList(mentions, textBox, base) {
  if (!mentions.length) return h("p", { class: "empty" }, "None recorded.");
  const groups = new Map();
  for (const m of mentions) {
    const decision = m.mention.decision.split("#").pop();
    if (!groups.has(decision)) groups.set(decision, []);
    groups.get(decision).push(m);
  }
  const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return order.map((decision) => {
    const list = groups.get(decision);
    const label = list[0].mention.decisionLabel || decision;
    return h(
      "details",
      { class: `resolution resolution-${decision}`, open: decision !== "Linked" },
      h("summary", {}, `${label} (${list.length})`),
      h("ul", { class: "mentions" }, list.map((m) => withFocus(mentionItem(m.mention, base), textBox, [m]))),
    );
  });
}

function rank(decision) {
  const index = DECISION_ORDER.indexOf(decision);
  return index === -1 ? DECISION_ORDER.length : index;
}

function mentionItem(mention, base) {
  const decision = mention.decision.split("#").pop();
  let target = mention.entityName || mention.entity || "nothing";
  if (mention.entity && base && mention.entity.startsWith(base)) {
    const [kind, ...rest] = mention.entity.slice(base.length).split("/");
    if (kind === "actor" || kind === "place") target = entityLink(kind, { id: rest.join("/"), iri: mention.entity, name: mention.entityName });
  }
  return h(
    "li",
    { class: `mention-item decision-${decision}` },
    h("q", {}, mention.quote),
    " → ",
    target,
    " ",
    h("span", { class: "chip" }, mention.decisionLabel || decision),
    mention.reason ? h("span", { class: "muted reason" }, ` ${mention.reason}`) : "",
  );
}
