"""Places named from other places: roads ("the Palmyra-Deir Ezzor road", "the M4 highway"), compound regions
("the Palmyra-Deir Ezzor-Al-Mayadin triangle") and borders ("the Syrian-Iraqi border", "the border with Syria").

A road or region the reference lacks is minted with the canonical names of its parts joined by en dashes, the
way FORMAT.md writes "Palmyra–Deir ez-Zor road". A border is the reference Border whose names mention both
countries; which two countries comes from the phrase and, for "the border with Syria", the country the sentence
is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.model import Decision
from kg.resolution.candidates import Candidate, NewEntity, new_candidate
from kg.resolution.context import Document, country_table
from kg.resolution.data import alternation, load
from kg.resolution.names import DASHES, normalize_name
from kg.resolution.places import Gazetteer, is_known_actor_word, never_a_place

_PART = rf"(?:(?:al|el|Al|El)[{DASHES}])?[A-Z][\w’']*(?:\s(?:(?:al|el|ez|az|as)[{DASHES}])?[A-Z][\w’']*)?"


def _split_parts(gaz: Gazetteer, text: str) -> list[tuple[str, tuple[str, bool] | None]] | None:
    """Split "Palmyra-Deir Ezzor-Al-Mayadin" at dashes into known places, preferring fewer, known parts."""
    pieces = re.split(rf"([{DASHES}])", text)
    words = pieces[0::2]
    n = len(words)
    best: list[tuple[str, tuple[str, bool] | None]] | None = None
    best_score = -1

    def walk(i: int, acc: list[tuple[str, tuple[str, bool] | None]]) -> None:
        nonlocal best, best_score
        if i == n:
            if len(acc) >= 2:
                score = sum(10 for _, f in acc if f) - len(acc)
                if score > best_score:
                    best, best_score = list(acc), score
            return
        for j in range(i + 1, n + 1):
            part = "-".join(words[i:j])
            found = gaz.place(part)
            if found is None and (j - i > 1 or not part[:1].isupper()):
                continue
            walk(j, [*acc, (part, found)])

    if n <= 8:
        walk(0, [])
    return best


def road_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """Compound names ending in a road/region word, and coded roads ("M4 highway")."""
    data = load("place_patterns")
    suffixes: dict[str, str] = data["compound_suffixes"]
    compound = re.compile(rf"(?P<parts>{_PART}(?:[{DASHES}]{_PART})+)\s+(?P<suffix>{alternation(list(suffixes))})\b")
    # "the main Raju road", "along the Tal Abyad road": a road named after the one town it leads to
    single = re.compile(
        rf"\b(?:the|main|old|new)\s(?P<place>{_PART})\s+(?P<suffix>road|Road|highway|Highway)\b(?![{DASHES}])"
    )
    coded = re.compile(rf"\b(?P<code>{data['road_codes']})(?:\s+(?P<suffix>highway|motorway|road))?\b")
    reference = gaz.reference
    for segment in doc.segments:
        for match in compound.finditer(doc.text, segment.start, segment.end):
            suffix = match["suffix"]
            if suffixes[suffix] == "Border":
                continue  # borders: border_candidates
            parts = _split_parts(gaz, match["parts"])
            if not parts or sum(1 for _, f in parts if f) < 2:
                continue
            names = [reference.places[f[0]].name if f else p for p, f in parts]
            name = "–".join(names) + f" {suffix}"
            yield _place(doc, gaz, match.start(), match.end(), name, suffixes[suffix], f"compound:{suffix}")
        for match in single.finditer(doc.text, segment.start, segment.end):
            found = gaz.place(match["place"], fuzzy=False)
            if found is None:
                new = _unknown_road(doc, gaz, match)
                if new is not None:
                    yield new
                continue
            place = reference.places[found[0]]
            if not reference.is_a(place.type, "Settlement"):
                continue  # "the Syria road" names no road; only a town or city a road leads to or runs through
            name = f"{place.name} {match['suffix'].casefold()}"
            start = match.start("place")
            text = doc.text[start : match.end()]
            known = gaz.place(text, fuzzy=False)
            if known is not None and reference.places[known[0]].type == "Road":
                yield Candidate(start, match.end(), text, "place", known[0], Decision.LINKED, "road:reference", 1)
                continue
            entity = NewEntity("place", name, "Road", parent_iri=place.parent_iri)
            yield new_candidate(start, match.end(), text, entity, "road:town", priority=1)
        for match in coded.finditer(doc.text, segment.start, segment.end):
            code = re.sub(r"\s+", " ", match["code"])
            name = code if code.startswith("Highway") else f"{code} {match['suffix'] or 'highway'}"  # "Highway 1"
            yield _place(doc, gaz, match.start(), match.end(), name, "Road", "road-code")


def _unknown_road(doc: Document, gaz: Gazetteer, match: re.Match[str]) -> Candidate | None:
    """ "the Castello Road", "near the Solagh road": a road named after a place the gazetteer lacks, and the
    article names nowhere else, is a new Road named as written (never "Road" alone read as a place name, nor the
    bare name minted as a town)."""
    name = match["place"]
    if never_a_place(name) or is_known_actor_word(gaz, name):
        return None
    if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text)) > 1:
        return None  # "the road between Tuz Khurmatu and Yankija": a place the text names by itself is read so
    start = match.start("place")
    text = doc.text[start : match.end()]
    entity = NewEntity("place", re.sub(r"\s+", " ", text), "Road")
    return new_candidate(start, match.end(), text, entity, "road:unknown", priority=1)


def _place(doc: Document, gaz: Gazetteer, start: int, end: int, name: str, type_name: str, reason: str) -> Candidate:
    text = doc.text[start:end]
    for attempt in (text, name):
        found = gaz.place(attempt)
        if found is not None and gaz.reference.places[found[0]].type in (type_name, "Region", "Road"):
            return Candidate(start, end, text, "place", found[0], Decision.LINKED, f"{reason}:reference", 1)
    return new_candidate(start, end, text, NewEntity("place", name, type_name), reason, priority=1)


def border_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "the Syrian-Iraqi border", "the border with Syria", "the Iraqi border region", "common borders"."""
    data = load("place_patterns")
    words = alternation(data["border_words"])
    countries = country_table()
    by_word = {w.casefold(): c["code"] for c in countries for w in [*c["names"], *c["adjectives"]]}
    any_word = alternation([w for c in countries for w in [*c["names"], *c["adjectives"]]])
    patterns = (
        re.compile(rf"(?P<a>{any_word})[{DASHES}](?P<b>{any_word})\s+(?:{words})\b"),
        re.compile(rf"\b(?:{words})\s+(?:with|of)\s+(?P<a>{any_word})\b"),
        re.compile(rf"(?<![{DASHES}\w])(?P<a>{any_word})\s+(?:{words})\b"),
        re.compile(rf"\b[Cc]ommon\s+(?:{words})\b|\bCommon\s+Border\b"),
    )
    taken: list[tuple[int, int]] = []
    for segment in doc.segments:
        for pattern in patterns:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                start, end = match.span()
                if any(start < e and s < end for s, e in taken):
                    continue
                named = [by_word[match[g].casefold()] for g in ("a", "b") if g in match.groupdict() and match[g]]
                context = [c for c in doc.countries_at(start) if c not in named]
                codes = (named + context)[:2]
                if len(set(codes)) < 2:
                    continue
                found = _border(gaz, countries, codes)
                if found is None and len(named) < 2:  # the nearest context country that shares that border
                    found = next((b for c in context if (b := _border(gaz, countries, [*named, c]))), None)
                if found is None:
                    names = sorted((c for c in countries if c["code"] in codes), key=countries.index)
                    entity = NewEntity("place", "–".join(c["state"] for c in names) + " border", "Border")
                    cand = new_candidate(start, end, doc.text[start:end], entity, "border", priority=1)
                else:
                    cand = Candidate(start, end, doc.text[start:end], "place", found, Decision.LINKED, "border", 1)
                taken.append((start, end))
                yield cand
        yield from _bare_border_candidates(doc, gaz, countries, taken, segment.start, segment.end)


@cache
def _bare_border_pattern() -> re.Pattern[str]:
    """ "on the border.", "along the border in Hermel": a preposition of place, then "the border" or "the
    frontier" that ends its phrase (punctuation or a function word follows, so "the border town" is no match);
    "far from the border" says where something is not."""
    data = load("place_patterns")["bare_border"]
    return re.compile(
        rf"(?<!\bfar\s)\b(?:{alternation(data['prepositions'])})\s+the\s+(?P<word>border|frontier)"
        rf"(?=\s*[,.;:)\n]|\s*$|\s+(?:{alternation(data['followers'])})\b)"
    )


def _bare_border_candidates(
    doc: Document, gaz: Gazetteer, countries: list[dict], taken: list[tuple[int, int]], start: int, end: int
) -> Iterator[Candidate]:
    """A bare "the border" is the border between the two countries the sentence is most about, but only when the
    reference knows that border: news says "along the border" after naming both sides ("Syrian forces shelled
    Hermel ... deployed along the border"), and a pair of countries with no common border (Iraq and the United States)
    means the text is about something else, so nothing is read."""
    for match in _bare_border_pattern().finditer(doc.text, start, end):
        s, e = match.span("word")
        if any(s < te and ts < e for ts, te in taken):
            continue
        codes = list(dict.fromkeys(doc.countries_at(s)))[:2]
        if len(codes) < 2:
            continue
        found = _border(gaz, countries, codes)
        if found is None:
            continue
        taken.append((s, e))
        yield Candidate(s, e, doc.text[s:e], "place", found, Decision.LINKED, "border:bare", 1)


def _border(gaz: Gazetteer, countries: list[dict], codes: list[str]) -> str | None:
    """The reference Border whose labels name both countries."""
    keys = []
    for code in codes:
        country = next(c for c in countries if c["code"] == code)
        keys.append({normalize_name(w) for w in [*country["names"], *country["adjectives"]]})
    for place in gaz.reference.places.values():
        if place.type != "Border":
            continue
        labels = [place.name, *place.aliases, *place.hidden]
        words = {normalize_name(w) for label in labels for w in re.split(rf"[\s{DASHES}]+", label)}
        if all(k & words for k in keys):
            return place.iri
    return None
