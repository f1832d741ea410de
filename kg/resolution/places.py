"""Place mentions beyond plain gazetteer names: governorates by cue, settlements by cue, roads, borders.

The annotation format (FORMAT.md) keeps a governorate and its capital apart, maps countryside phrases to the
governorate ("the western Deir Ezzor countryside", "northern Lattakia" — the name token is the surface) and
prefers the settlement for "the town of X". Unknown names after a settlement cue become NEW places (no
coordinates, ``UnknownPrecision``) rather than a wrong match. Cues live in ``kg/data/place_patterns.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Decision
from kg.reference import ReferenceData, ReferencePlace
from kg.resolution.candidates import Candidate, NewEntity, new_candidate
from kg.resolution.context import Document, country_table
from kg.resolution.data import alternation, load
from kg.resolution.names import DASHES, normalize_name

_SETTLEMENTS = ("City", "Town", "Village", "Settlement")
#: One place name as written: optional Arabic article, then 1–4 capitalised words (dash or space joined).
NAME = (
    rf"(?:(?:al|el|Al|El|as|ash|ad|ar|az|At|at|an)[{DASHES}]\s?)?[A-Z0-9][\w’'ʿ]*"
    rf"(?:(?:\s|[{DASHES}])(?:(?:al|el|ez|as|ash|ad|ar|az|at|an)[{DASHES}])?[A-Z0-9][\w’'ʿ]*){{0,3}}"
)
_LIST_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"


def _rank(place: ReferencePlace, reference: ReferenceData, prefer: str | None) -> tuple[int, int]:
    is_settlement = any(reference.is_a(place.type, t) for t in _SETTLEMENTS)
    is_admin = reference.is_a(place.type, "AdministrativeArea")
    if prefer == "governorate":
        first = 0 if is_admin else 1
    elif prefer == "settlement":
        first = 0 if is_settlement else 1
    else:
        first = 1 if is_admin else 0  # a bare "Homs" is the city, not the governorate
    return first, -(place.population or 0)


def choose_place(entries: list, reference: ReferenceData, prefer: str | None = None) -> tuple[str, bool]:
    """The place a name denotes among same-named ones; ``False`` when the choice is a guess."""
    iris = list(dict.fromkeys(e.iri for e in entries if e.iri in reference.places))
    if not iris:
        return entries[0].iri, False
    places = sorted((reference.places[i] for i in iris), key=lambda p: _rank(p, reference, prefer))
    if len(places) == 1:
        return places[0].iri, True
    sure = _rank(places[0], reference, prefer)[0] != _rank(places[1], reference, prefer)[0]
    return places[0].iri, sure or prefer is None


class Gazetteer:
    """Governorates by their bare name ("Homs" → Homs Governorate) and the general place lookup."""

    def __init__(self, index) -> None:  # index: AliasIndex (not imported, to keep modules acyclic)
        self.index = index
        self.reference: ReferenceData = index.reference
        suffixes = load("place_patterns")["governorate_suffixes"]
        strip = re.compile(r"\s+(?:" + "|".join(map(re.escape, suffixes)) + r")$")
        self.governorates: dict[str, str] = {}
        for place in self.reference.places.values():
            if place.type == "Governorate":
                for label in (place.name, *place.aliases, *place.hidden):
                    key = normalize_name(strip.sub("", label))
                    if key:
                        self.governorates.setdefault(key, place.iri)

    def governorate(self, name: str) -> str | None:
        return self.governorates.get(normalize_name(name))

    def place(self, name: str, prefer: str | None = None) -> tuple[str, bool] | None:
        entries = [e for e in self.index.lookup(name) if e.kind == "place"]
        if not entries:
            entries = [e for e in self.index.fuzzy_lookup(name) if e.kind == "place"]
            if not entries:
                return None
            iri, _ = choose_place(entries, self.reference, prefer)
            return iri, False
        return choose_place(entries, self.reference, prefer)


def _names_in(doc: Document, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    for match in re.finditer(NAME, doc.text[start:end]):
        yield start + match.start(), start + match.end(), match.group()


def _linked(start: int, end: int, doc: Document, iri: str, sure: bool, reason: str, priority: int) -> Candidate:
    decision = Decision.LINKED if sure else Decision.UNSURE
    return Candidate(start, end, doc.text[start:end], "place", iri, decision, reason, priority)


def governorate_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "the province(s) of X (and Y)", "X province", "the X countryside", "western X", "countryside of X"."""
    data = load("place_patterns")
    words = alternation(data["governorate_words"])
    compass = alternation(data["compass"])
    country = alternation(data["countryside_words"])
    name_list = rf"{NAME}(?:{_LIST_SEP}{NAME})*"
    patterns = [
        (re.compile(rf"\b(?:{words})\s+of\s+(?:the\s+)?(?P<names>{name_list})"), "list"),
        (re.compile(rf"(?P<names>{name_list})\s+(?:{words})\b"), "suffix"),
        (re.compile(rf"\b(?:{country})\s+of\s+(?:the\s+)?(?P<names>{NAME})"), "name"),
        (re.compile(rf"(?P<names>{NAME})(?:\s+|[{DASHES}])(?:{country})\b"), "name"),
        (re.compile(rf"\b(?i:{compass})\s+(?P<names>{NAME})"), "name"),
    ]
    for segment in doc.segments:
        for pattern, mode in patterns:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                found = list(_names_in(doc, *match.span("names")))
                for start, end, _name in found:
                    iri = _governorate_prefix(gaz, doc, start, end)
                    if iri is None:
                        continue
                    g_start, g_end = iri[1], iri[2]
                    if mode == "suffix" and len(found) == 1 or mode == "list" and len(found) == 1:
                        g_start, g_end = min(g_start, match.start()), max(g_end, match.end())
                    yield _linked(g_start, g_end, doc, iri[0], True, f"governorate-cue:{mode}", priority=2)


def _governorate_prefix(gaz: Gazetteer, doc: Document, start: int, end: int) -> tuple[str, int, int] | None:
    """The longest leading part of a name run that is a governorate name ("Deir Ezzor" of "Deir Ezzor Tal")."""
    text = doc.text[start:end]
    cuts = [m.start() for m in re.finditer(rf"(?:\s|[{DASHES}])(?=[A-Z0-9])", text)] + [len(text)]
    for cut in sorted(cuts, reverse=True):
        iri = gaz.governorate(text[:cut])
        if iri:
            return iri, start, start + cut
    return None


def settlement_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "the town of X", "the villages of X and Y", "the port city of X": settlements, minted when unknown."""
    cues: dict[str, str] = load("place_patterns")["settlement_cues"]
    pattern = re.compile(
        rf"\b(?P<cue>{alternation(list(cues))})\s+of\s+(?:the\s+)?(?P<names>{NAME}(?:{_LIST_SEP}{NAME})*)"
    )
    for segment in doc.segments:
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            cue = match["cue"]
            new_type = cues[cue]
            prefer = "settlement" if new_type in _SETTLEMENTS else None
            for start, end, name in _names_in(doc, *match.span("names")):
                found = gaz.place(name, prefer)
                if found is not None:
                    yield _linked(start, end, doc, found[0], found[1], f"settlement-cue:{cue}", priority=3)
                elif new_type in _SETTLEMENTS and not _is_known_actor_word(gaz, name):
                    entity = NewEntity("place", _display(name), new_type)
                    yield new_candidate(start, end, name, entity, f"new-settlement:{cue}", priority=-1)


def _display(name: str) -> str:
    """Canonical form of a new place name: the text's words, curly apostrophes straightened."""
    return re.sub(r"\s+", " ", name.replace("’", "'"))


def _is_known_actor_word(gaz: Gazetteer, name: str) -> bool:
    return any(e.kind == "actor" for e in gaz.index.lookup(name)) or name.split()[0] in {
        adj for c in country_table() for adj in c["adjectives"]
    }


def suffix_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "al-Taim oil field", "T2 oil pumping station", "Tal Safuk region", "al-Zawiya mount", "Aleppo city"."""
    data = load("place_patterns")
    types: dict[str, str] = data["suffix_types"]
    forms: dict[str, list[str]] = data["name_forms"]
    pattern = re.compile(rf"(?P<name>{NAME})\s+(?P<suffix>{alternation(list(types))})\b")
    for segment in doc.segments:
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            name, suffix = match["name"], match["suffix"]
            whole = f"{name} {suffix}"
            tries = [whole] + [f.format(name) for f in forms.get(suffix, [])]
            prefer = "settlement" if types[suffix] in _SETTLEMENTS else None
            found = next((r for t in tries if (r := gaz.place(t, prefer)) is not None), None)
            if found is not None:
                yield _linked(match.start(), match.end(), doc, found[0], found[1], f"place-suffix:{suffix}", 1)
            elif suffix not in data["settlement_suffixes"] and not _is_known_actor_word(gaz, name):
                if any(e.kind == "place" for e in gaz.index.lookup(name)) and suffix in ("region", "area"):
                    continue  # "the al-Tanf area" is al-Tanf
                entity = NewEntity("place", _display(whole), types[suffix])
                yield new_candidate(match.start(), match.end(), match.group(), entity, f"new-place:{suffix}", 0)
