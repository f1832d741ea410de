// Building DOM nodes from data without innerHTML, so text from articles can never become markup.

/** h("a", {href: "#/x", class: "c", onclick: fn}, "text", child, [more]) → an element. */
export function h(tag, attrs = {}, ...children) {
  const svg = SVG_TAGS.has(tag);
  const el = svg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "style" && typeof value === "object") Object.assign(el.style, value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** A link to a page of this interface for an entity id, or plain text when the id is unknown. */
export function entityLink(kind, ref) {
  if (!ref) return "";
  const label = ref.name || ref.id || ref.iri;
  if (!ref.id) return h("span", { title: ref.iri }, label);
  return h("a", { href: `#/${kind}/${encodeURIComponent(ref.id)}`, title: ref.iri }, label);
}

/** A comma-separated list of nodes. */
export function joined(nodes, separator = ", ") {
  const out = [];
  nodes.forEach((node, i) => {
    if (i) out.push(separator);
    out.push(node);
  });
  return out;
}

export function errorBox(error) {
  return h("div", { class: "error", role: "alert" }, error && error.message ? error.message : String(error));
}

const SVG_NS = "http://www.w3.org/2000/svg";
const SVG_TAGS = new Set(["svg", "g", "line", "circle", "rect", "text", "path", "title", "marker", "defs", "tspan"]);
