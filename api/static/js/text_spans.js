// Evidence offsets are code-point offsets into the article text (Python str indexes); JavaScript strings
// index UTF-16 units. Everything that cuts article text goes through here.

/** A function mapping a code-point offset to a UTF-16 offset in text. */
export function unitOffsets(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const units = [0];
  let unit = 0;
  for (const ch of text) {
    unit += ch.length;
    units.push(unit);
  }
  return (offset) => units[Math.max(0, Math.min(offset, units.length - 1))];
}

/** The text at [start, end) in code points. */
export function slice(text, start, end) {
  const at = unitOffsets(text);
  return text.slice(at(start), at(end));
}

/**
 * Cut text into consecutive segments at every span boundary: [{text, start, end, spans: [...]}], where spans
 * lists the spans covering that segment (overlapping and nested spans are kept apart this way). Spans are
 * {start, end, ...} in code points; ones outside the text are ignored.
 */
export function segments(text, spans) {
  const at = unitOffsets(text);
  const length = [...text].length;
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.end <= length);
  const cuts = new Set([0, length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({
      text: text.slice(at(start), at(end)),
      start,
      end,
      spans: valid.filter((s) => s.start <= start && s.end >= end),
    });
  }
  return out;
}
