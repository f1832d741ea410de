"""HTTP content negotiation: pick the offered media type the client's ``Accept`` header prefers."""

from __future__ import annotations


def _parse(accept: str) -> list[tuple[str, float, int]]:
    ranges = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            if param.lower().startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        ranges.append((media, q, index))
    return ranges


def _matches(media_range: str, offered: str) -> int:
    """Specificity of the match (3 exact, 2 type/*, 1 */*), 0 for none."""
    if media_range == offered:
        return 3
    if media_range.endswith("/*") and offered.split("/")[0] == media_range[:-2]:
        return 2
    return 1 if media_range == "*/*" else 0


def choose(accept: str | None, offered: list[str]) -> str | None:
    """The offered type with the highest q (ties: the client's order, then ours); None if none is acceptable.

    A missing or empty header accepts the first offered type (the default).
    """
    if not accept or not accept.strip():
        return offered[0]
    best: tuple[float, int, int] | None = None
    chosen = None
    for position, media in enumerate(offered):
        scored = [(spec, q, idx) for r, q, idx in _parse(accept) if (spec := _matches(r, media))]
        if not scored:
            continue
        spec, q, idx = max(scored, key=lambda t: (t[0], -t[2]))
        if q <= 0:
            continue
        key = (q, -idx if spec == 3 else -1000 - idx, -position)
        if best is None or key > best:
            best, chosen = key, media
    return chosen


def prefers_html(accept: str | None) -> bool:
    """True when a browser asks: text/html is acceptable and preferred over JSON."""
    return choose(accept, ["text/html", "application/json"]) == "text/html" if accept else False
