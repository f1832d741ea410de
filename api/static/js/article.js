// Articles: the list, and one article's cleaned text with every extracted fact highlighted at its offsets.
// Clicking highlighted words lists the facts read from them; clicking a fact highlights its words.

import { articleText, getJSON } from "./api.js";
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
  const [article, text] = await Promise.all([getJSON(`/articles/${encodeURIComponent(route.id)}`), articleText(route.id)]);
  document.title = `${article.title || article.id} · Conflict KG`;
  const facts = [
    ...article.events.flatMap((event) => event.evidence.map((e) => ({ start: e.start, end: e.end, kind: "event", fact: event }))),
    ...article.relations.filter((r) => r.evidence).map((r) => ({ start: r.evidence.start, end: r.evidence.end, kind: "relation", fact: r })),
  ];
  const focusStart = Number.parseInt(route.query.get("start"), 10);
  const focusEnd = Number.parseInt(route.query.get("end"), 10);
  const spans = [...facts];
  if (Number.isInteger(focusStart) && Number.isInteger(focusEnd)) spans.push({ start: focusStart, end: focusEnd, kind: "focus" });

  const detail = h("div", { class: "fact-detail" }, h("p", { class: "muted" }, "Click highlighted words to see the facts read from them."));
  const textBox = h(
    "div",
    { class: "article-text" },
    segments(text.text, spans).map((seg) => {
      const covering = seg.spans.filter((s) => s.kind !== "focus");
      if (!seg.spans.length) return seg.text;
      const first = covering.find((s) => s.kind === "event");
      return h(
        "mark",
        {
          class: `fact depth-${Math.min(covering.length, 3)}${seg.spans.some((s) => s.kind === "focus") ? " focus" : ""}${first ? "" : " relation-only"}`,
          style: first ? { borderBottomColor: typeColour(first.fact.type) } : null,
          "data-start": seg.start,
          "data-end": seg.end,
          onclick: () => showFacts(detail, covering),
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
    [...textBox.querySelectorAll("mark")].filter((m) => evidence.some((e) => +m.dataset.start >= e.start && +m.dataset.end <= e.end));
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

function showFacts(detail, covering) {
  append(clear(detail), [
    h("h3", {}, `Read from these words (${covering.length})`),
    covering.map((s) => (s.kind === "event" ? eventCard(s.fact) : h("ul", { class: "relations" }, relationItem(s.fact)))),
  ]);
  detail.scrollIntoView({ block: "nearest" });
}
