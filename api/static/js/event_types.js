// One colour per event class, shared by the timeline, the map and the legends: attacks in warm colours,
// movements and operations in cool ones. Classes not listed get a stable colour from their name.

const COLOURS = {
  Attack: "#c0392b",
  Airstrike: "#8e44ad",
  Ambush: "#e74c3c",
  Assassination: "#78281f",
  Bombing: "#d35400",
  Shelling: "#e67e22",
  Clash: "#b7950b",
  MilitaryOperation: "#1f618d",
  Capture: "#1e8449",
  Withdrawal: "#76d7c4",
  Deployment: "#17a589",
  Establishment: "#5d6d7e",
  Fortification: "#839192",
  Blockade: "#6c3483",
  VictoryDeclaration: "#f1c40f",
  Event: "#7f8c8d",
};

export function typeColour(type) {
  if (type && COLOURS[type]) return COLOURS[type];
  let hash = 0;
  for (const ch of String(type || "")) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return `hsl(${hash % 360}, 55%, 42%)`;
}

/** "MilitaryOperation" → "military operation". */
export function typeLabel(type) {
  if (!type) return "event";
  return type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
