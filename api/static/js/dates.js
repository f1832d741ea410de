// Dates as the API gives them ({value, precision, sort, begin, end}): labels that show how precisely a date is
// known, and the day range a date can mean (for drawing it on a time axis).

const PRECISION_NOTE = {
  day: "",
  month: "month",
  year: "year",
  "month-day": "year unknown",
  interval: "interval",
};

/** "2020-08-17", "2020-08 (month)", "--04-11 (year unknown)", "2020-08-10 → 2020-08-17 (interval)", "undated". */
export function dateLabel(date) {
  if (!date || (!date.value && !date.begin && !date.end)) return "undated";
  let text = date.value;
  if (date.precision === "interval" || (!date.value && (date.begin || date.end))) {
    text = `${date.begin || "…"} → ${date.end || "…"}`;
  }
  const note = PRECISION_NOTE[date.precision] ?? date.precision;
  return note ? `${text} (${note})` : text;
}

const DAY = 86400000;

function parseDay(text) {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(text || "");
  return match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) : null;
}

/** [first, last] day (ms since epoch, UTC) the date can mean; null when it cannot be placed (year unknown). */
export function dateExtent(date) {
  if (!date || !date.sort) return null;
  const first = parseDay(date.begin) ?? parseDay(date.sort);
  if (first === null) return null;
  if (date.begin || date.end) {
    const last = parseDay(date.end) ?? first;
    return [first, Math.max(first, last)];
  }
  const start = new Date(first);
  if (date.precision === "month") return [first, Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) - DAY];
  if (date.precision === "year") return [first, Date.UTC(start.getUTCFullYear() + 1, 0, 1) - DAY];
  return [first, first];
}

/** "2020-08-17" for a UTC day in ms. */
export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

export { DAY };
