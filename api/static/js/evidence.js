// The evidence drawer: a fact's quote shown in its article, the quoted words highlighted by their offsets.

import { articleText } from "./api.js";
import { clear, errorBox, h } from "./dom.js";
import { segments, slice } from "./text_spans.js";

const drawer = () => document.getElementById("evidence");

export function closeEvidence() {
  drawer().hidden = true;
}

/**
 * Open the drawer on one piece of evidence: {article, start, end, quote}, with an optional heading (what the
 * fact is). The article text comes from the store, so what is highlighted is what the offsets point at; a
 * quote that disagrees with the text at its offsets is flagged rather than silently shown.
 */
export async function showEvidence(evidence, heading = null) {
  const panel = drawer();
  const body = clear(panel.querySelector(".drawer-body"));
  panel.hidden = false;
  if (heading) body.append(h("div", { class: "evidence-heading" }, heading));
  if (evidence.quote) body.append(h("blockquote", { class: "evidence-quote" }, `“${evidence.quote}”`));
  if (!evidence.article) {
    body.append(h("p", { class: "muted" }, "From the reference data: no article quote."));
    return;
  }
  const status = body.appendChild(h("p", { class: "muted" }, "Loading the article…"));
  let article;
  try {
    article = await articleText(evidence.article);
  } catch (error) {
    status.replaceWith(errorBox(error));
    return;
  }
  status.remove();
  const { start, end } = evidence;
  const located = Number.isInteger(start) && Number.isInteger(end);
  body.append(
    h(
      "p",
      { class: "evidence-source" },
      "In ",
      h("a", { href: articleHref(evidence.article, start, end) }, article.title || evidence.article),
      located ? ` · characters ${start}–${end}` : "",
    ),
  );
  if (located && evidence.quote && slice(article.text, start, end) !== evidence.quote) {
    body.append(h("p", { class: "warning" }, "The text at these offsets differs from the quote."));
  }
  const spans = located ? [{ start, end }] : [];
  const text = h(
    "div",
    { class: "article-text evidence-text" },
    segments(article.text, spans).map((seg) =>
      seg.spans.length ? h("mark", { class: "focus", "data-start": seg.start, "data-end": seg.end }, seg.text) : seg.text,
    ),
  );
  body.append(text);
  const mark = text.querySelector("mark");
  if (mark) mark.scrollIntoView({ block: "center" });
}

export function articleHref(articleId, start, end) {
  const focus = Number.isInteger(start) && Number.isInteger(end) ? `?start=${start}&end=${end}` : "";
  return `#/article/${encodeURIComponent(articleId)}${focus}`;
}

document.addEventListener("click", (event) => {
  if (event.target.closest("[data-close-evidence]")) closeEvidence();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") closeEvidence();
});
