"""Place mentions beyond plain gazetteer names: governorates by cue, settlements by cue, roads, borders.

The annotation format (FORMAT.md) keeps a governorate and its capital apart, maps countryside phrases to the
governorate ("the western Deir Ezzor countryside", "northern Lattakia" — the name token is the surface) and
prefers the settlement for "the town of X". Unknown names after a settlement cue become NEW places (no
coordinates, ``UnknownPrecision``) rather than a wrong match. Cues live in ``kg/data/place_patterns.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace as dataclass_replace

from kg.model import Decision
from kg.reference import ReferenceData, ReferencePlace
from kg.resolution.candidates import Candidate, NewEntity, new_candidate
from kg.resolution.context import Document, country_table, place_chain, place_country
from kg.resolution.data import alternation, load
from kg.resolution.names import DASHES, normalize_name

_SETTLEMENTS = ("City", "Town", "Village", "Settlement")
#: One place name as written: optional Arabic article, then 1–4 capitalised words (dash or space joined, or by a
#: lower-case 'bin'/'ibn' as in 'Hisham bin Abdul Malik'); inside a name the article may stand alone, as in the
#: transliteration without dashes ('Tal al Hara', 'Deir ez Zor').
NAME = (
    rf"(?:(?:al|el|Al|El|as|ash|ad|ar|az|At|at|an)[{DASHES}]\s?)?[A-Z0-9][\w’'ʿ]*"
    rf"(?:(?:\s|[{DASHES}]|\s(?:bin|ibn|bint)\s)(?:(?:al|el|ez|as|ash|ad|ar|az|at|an)[{DASHES}]|(?:al|el|ez)\s)?"
    rf"[A-Z0-9][\w’'ʿ]*){{0,3}}"
)
_SPACED_ARTICLE = re.compile(r"\b(al|el|ez|es|as|ash|ad|ar|az|at|an)\s+(?=[A-Z])")
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
        found = self.governorates.get(normalize_name(name))
        if found is None:  # "Deir ez Zor Province": the article written apart is the dashed one ("Deir ez-Zor")
            found = self.governorates.get(normalize_name(_SPACED_ARTICLE.sub(r"\1-", name)))
        return found

    def place(self, name: str, prefer: str | None = None, *, fuzzy: bool = True) -> tuple[str, bool] | None:
        entries = [e for e in self.index.lookup(name) if e.kind == "place"]
        if not entries:
            entries = [e for e in self.index.fuzzy_lookup(name) if e.kind == "place"] if fuzzy else []
            if not entries:
                return None
            iri, _ = choose_place(entries, self.reference, prefer)
            return iri, False
        return choose_place(entries, self.reference, prefer)


def _names_in(doc: Document, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Names in a span; "Syria’s Deir Ezzor" is two names (the possessor is not part of the place)."""
    for match in re.finditer(NAME, doc.text[start:end]):
        offset = start + match.start()
        for part in re.finditer(r"(?:(?![’']s\s).)+", match.group()):
            text = part.group().strip()
            if re.fullmatch(r"s\s*\S.*", text) and part.start() > 0:
                text = text[1:].lstrip()
                yield offset + part.end() - len(text), offset + part.end(), text
            elif text:
                yield offset + part.start(), offset + part.start() + len(text), text


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
                for start, end, name in found:
                    iri = _governorate_prefix(gaz, doc, start, end)
                    rural = gaz.governorate(f"{name} countryside")
                    if rural and re.search(r"(?i)countryside|rural", match.group()):
                        iri = (rural, start, end)  # "the countryside of Damascus" is Rif Dimashq
                    if iri is None:
                        if mode == "name" and pattern is patterns[2][0] and gaz.place(name) is None:
                            if not is_known_actor_word(gaz, name):  # "the countryside of Sherk Zur"
                                entity = NewEntity("place", _display(name), _prefix_type(name) or "Region")
                                yield new_candidate(start, end, name, entity, "new-place:countryside", -1)
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
                if name[0].isdigit():
                    continue  # "the village of Kharab Ato, 10 km east of Kobani"
                found = gaz.place(name, prefer)
                minted = None
                if not is_known_actor_word(gaz, name) and (
                    new_type in _SETTLEMENTS or _has_place_prefix(name) or _region_name(cue, name)
                ):
                    kind = new_type if new_type in _SETTLEMENTS else _prefix_type(name) or new_type
                    entity = NewEntity("place", _display(name), kind)  # "the village of Tal Jumaa" is a village
                    minted = new_candidate(start, end, name, entity, f"new-settlement:{cue}", priority=-1)
                if found is not None:
                    linked = _linked(start, end, doc, found[0], found[1], f"settlement-cue:{cue}", priority=3)
                    linked.unlinked = minted
                    yield linked
                elif minted is not None:
                    yield minted


#: "Kafr Nabuda, a town in the north of Hama province", "Tel Hamis, a small town near the border": an unknown name
#: in apposition with a settlement noun that a place phrase or a number follows.
_APPOSITION_SETTLEMENT = re.compile(
    rf"(?<![\w{DASHES}])(?P<name>{NAME}),\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<cue>town|village|city|hamlet)"
    r"(?=\s+(?:in|on|near|of|north|south|east|west|northeast|northwest|southeast|southwest|outside|some|about|"
    r"located|lying|\d+)\b)"
)


def apposition_settlement_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "regained control of Kafr Nabuda, a town in the north of Hama province": a name the gazetteer lacks, set off
    by a comma before "a town/village/city" and where it lies, is a new settlement (a known one is read by name)."""
    types = load("place_patterns")["settlement_cues"]
    for segment in doc.segments:
        for match in _APPOSITION_SETTLEMENT.finditer(doc.text, segment.start, segment.end):
            start, end = match.span("name")
            name = match["name"]
            if doc.opens_sentence(segment, start):
                continue  # a sentence's first word may be any capitalised word ("Yesterday, a town …")
            if gaz.place(name, fuzzy=False) is not None or is_known_actor_word(gaz, name) or never_a_place(name):
                continue
            if any(e.kind == "actor" for e in gaz.index.lookup(name)):
                continue
            entity = NewEntity("place", _display(name), types[match["cue"]])
            yield new_candidate(start, end, name, entity, f"new-settlement:apposition-{match['cue']}", priority=-1)


def _region_name(cue: str, name: str) -> bool:
    """ "the area of Faydat Ibn Muwaynie": after a region cue, an unknown capitalised name is a place."""
    data = load("place_patterns")
    return cue in data["region_cues"] and not never_a_place(name)


def never_a_place(name: str) -> bool:
    """A capitalised name that holds a word no place is called by, or opens with a title, rank or name stop-word
    (shared with roads.py, which must not mint a road after such a name either)."""
    data = load("place_patterns")
    actors = load("actor_patterns")
    words = re.split(rf"[\s{DASHES}]+", name)
    titles = {t.split()[0] for t in [*actors["titles"], *actors["ranks"]]} - set(data["new_place_prefixes"])
    return any(w in data["not_place_names"] for w in words) or words[0] in {*actors["name_stopwords"], *titles}


def _has_place_prefix(name: str) -> bool:
    """Arabic place-name words ("Wadi", "Tal", "Jabal", "al-") make an unknown capitalised name a place."""
    first = re.split(rf"[\s{DASHES}]", name, maxsplit=1)[0]
    return first in load("place_patterns")["new_place_prefixes"]


def _prefix_type(name: str) -> str | None:
    first = re.split(rf"[\s{DASHES}]", name, maxsplit=1)[0]
    return load("place_patterns")["name_prefix_types"].get(first)


def _display(name: str) -> str:
    """Canonical form of a new place name: the text's words, curly apostrophes straightened, the first letter
    capitalised as Wikipedia-style names are ("al-Quriyah" → "Al-Quriyah")."""
    name = re.sub(r"\s+", " ", name.replace("’", "'"))
    return name[:1].upper() + name[1:]


def _is_international_airport(doc: Document, name: str, key: str) -> bool:
    """ "<name> airport" where the article also writes "<name> international airport": one airport, told short
    (a headline's "Sulaimani airport" and the body's "Sulaimani international airport"), so both mint the one
    facility rather than two."""
    if key != "airport":
        return False
    return re.search(rf"(?<![\w{DASHES}]){re.escape(name)}\s+international\s+airport\b", doc.text, re.I) is not None


def is_known_actor_word(gaz: Gazetteer, name: str) -> bool:
    """The name is an actor's alias or opens with a nationality adjective ("Kurdish", "Turkish"): no new place."""
    return any(e.kind == "actor" for e in gaz.index.lookup(name)) or name.split()[0] in {
        adj for c in country_table() for adj in c["adjectives"]
    }


def _community_words(doc: Document) -> set[str]:
    """ "the Kakai village of Topzawa", "the Yazidi town of X": a word before "village of <Name>" names the people
    who live there, so that word elsewhere in the text ("near Kakai village") names no place either."""
    return {m["name"] for m in re.finditer(r"(?P<name>[A-Z][\w’'-]+)\s+(?:village|town)\s+of\s+[A-Za-z]", doc.text)}


def suffix_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "al-Taim oil field", "T2 oil pumping station", "Tal Safuk region", "al-Zawiya mount", "Aleppo city",
    "Baqubah General Hospital", "Iraq's Ain al-Asad air base" (the possessor is not part of the name)."""
    data = load("place_patterns")
    types: dict[str, str] = data["suffix_types"]
    pattern = re.compile(rf"(?P<name>{NAME})\s+(?P<suffix>(?i:{alternation(list(types))}))\b")
    plural: dict[str, str] = data["plural_suffixes"]
    listed = re.compile(rf"(?P<names>{NAME}(?:{_LIST_SEP}{NAME})+)\s+(?P<suffix>{alternation(list(plural))})\b")
    # "the Bai Hassan and Avana oil fields": the last name of a list before a plural suffix is one of the list's
    # places (read below), not a place named "Avana oil fields"
    list_ends = {m.end() for m in listed.finditer(doc.text)}
    communities = _community_words(doc)
    for segment in doc.segments:
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            if match.end() in list_ends and match["suffix"].casefold() in plural:
                continue
            parts = list(_names_in(doc, *match.span("name")))
            if not parts:
                continue
            start, _, name = parts[-1]
            if name in communities and match["suffix"].casefold() in ("village", "town"):
                continue
            if re.search(r"[’']s$", name):
                continue  # "according to JFL's field team": a possessor before a common noun names no place
            article = re.match(r"[Tt]he\s+", name)
            if article:  # "The Kurdistan Region Presidency" starts a sentence: "the" is no part of the name
                start, name = start + article.end(), name[article.end() :]
            title_case = segment.kind == "headline" or segment.all_caps
            found = _suffixed(doc, gaz, start, match.end(), name, match["suffix"], whole_span=True)
            yield from (c for c in found if not (title_case and c.new is not None and match["suffix"][0].isupper()))
    for segment in doc.segments:
        for match in listed.finditer(doc.text, segment.start, segment.end):
            singular = plural[match["suffix"]]
            for start, end, name in _names_in(doc, *match.span("names")):
                yield from _suffixed(doc, gaz, start, end, name, singular, whole_span=False)


def _suffixed(
    doc: Document, gaz: Gazetteer, start: int, end: int, name: str, suffix: str, *, whole_span: bool, link: bool = True
) -> Iterator[Candidate]:
    """The place "<name> <suffix>" (found by its reference forms, or minted), over ``[start, end)``; with
    ``link`` false, only the place the suffix would mint."""
    data = load("place_patterns")
    types = {k.casefold(): v for k, v in data["suffix_types"].items()}
    forms = {k.casefold(): v for k, v in data["name_forms"].items()}
    key = re.sub(r"\s+", " ", suffix.casefold())
    type_name = types.get(key, "Place")
    whole = f"{name} {suffix}"
    tries = [whole] + [f.format(name) for f in forms.get(key, [])]
    prefer = "settlement" if type_name in _SETTLEMENTS else None
    # spelling tolerance for the name itself only: "Tharthar valley" is not "Tharthar lake" one edit away
    found = next((r for t in tries if (r := gaz.place(t, prefer, fuzzy=t == name)) is not None), None) if link else None
    if found is not None and key in data["natural_suffixes"] and _is_settlement_or_area(gaz, found[0]):
        found = None  # "Yarmouk Basin" is a valley, not the Yarmouk camp; "Diyala River" not the governorate
    if found is None and link and type_name == "Governorate" and gaz.governorate(name) is not None:
        return  # "Deir ez Zor Province": a governorate written otherwise, read by governorate_candidates
    if found is None and link and suffix in data["facility_bases"]:
        bare = gaz.place(name, fuzzy=False)
        if bare is not None and gaz.reference.is_a(gaz.reference.places[bare[0]].type, "Facility"):
            found = bare  # "the Conoco base": the coalition base at the Conoco gas field
    if found is not None and link and _district_of_town(gaz, found[0], key) and _town_named_bare(doc, name):
        # "the town of Batifa in Zakho district … a team from Zakho": the district named after its town is a
        # place of its own when the text names the town too (a lone "Kifri district" is the one place the
        # text speaks of, read as the town as before), in the town's governorate
        canonical = _display(name)
        canonical = canonical[:1].upper() + canonical[1:]
        parent = _governorate_of(gaz.reference, found[0])
        entity = NewEntity("place", f"{canonical} District", type_name, parent_iri=parent)
        yield new_candidate(start, end, doc.text[start:end], entity, f"new-place:district-of-town:{key}", 1)
        return
    if found is not None:
        linked = _linked(start, end, doc, found[0], found[1], f"place-suffix:{suffix}", 1)
        if _is_settlement(gaz, found[0]):  # what the suffix mints, should the reference place lie abroad
            minted = list(_suffixed(doc, gaz, start, end, name, suffix, whole_span=whole_span, link=False))
            linked.unlinked = minted[0] if minted else None
        yield linked
        return
    if is_known_actor_word(gaz, name) or never_a_place(name):
        return  # "The area lies …", "Kurdish area": a sentence's first word or a generic word names no place
    if key in data["settlement_suffixes"]:  # "Sheikh Issa village": a settlement the gazetteer lacks
        if not never_a_place(name) and not name[0].isdigit():
            entity = NewEntity("place", _display(name), type_name)
            yield new_candidate(start, end, doc.text[start:end], entity, f"new-settlement:{suffix}", -1)
        return
    if key in ("market", "roundabout") and not re.match(rf"(?i)(?:al|el)[{DASHES}]", name):
        if gaz.place(name, fuzzy=False) is not None:
            return  # "Afrin market" is a market in Afrin, read by the name; "the al-Hal market" is named
    text = doc.text[start:end]
    if key == "desert":
        known = gaz.place(name)
        if known is not None:  # "Al-Sukhnah desert": the desert around a known place, named canonically
            yield _desert(doc, gaz, start, end, known[0], "new-place:desert")
            return
    if key in data["generic_suffixes"]:
        if any(e.kind == "place" for e in gaz.index.lookup(name)) and key in ("region", "area"):
            return  # "the al-Tanf area" is al-Tanf
        entity = NewEntity("place", _display(name), _prefix_type(name) or type_name)
        yield new_candidate(start, end if whole_span else start + len(name), text, entity, f"new-place:{suffix}", 0)
        return
    canonical = _display(name)
    canonical = canonical[:1].upper() + canonical[1:]
    suffix = data["minted_suffixes"].get(key, suffix)
    if _is_international_airport(doc, name, key):
        suffix = "International Airport"  # "Sulaimani airport" in the headline, "Sulaimani international airport" after
    if type_name in ("Facility", "MilitaryBase"):
        suffix = " ".join(w[:1].upper() + w[1:] for w in suffix.split())  # "Baqubah General Hospital"
    parent = _container(gaz, name)
    if parent is not None and not gaz.reference.is_a(type_name, "Facility"):
        parent = _governorate_of(gaz.reference, parent)  # "Latakia Mountains" lie in the governorate
    entity = NewEntity("place", f"{canonical} {suffix}", type_name, parent_iri=parent)
    yield new_candidate(start, end, text, entity, f"new-place:{suffix.casefold()}", 0)


def _town_named_bare(doc: Document, name: str) -> bool:
    """The text names the town itself somewhere: its name neither followed by "district(s)" nor by another
    capitalised word ("Sinjar Mountains", "Sinjar Resistance Units" name other things)."""
    bare = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])(?!\s+(?:sub-)?(?i:districts?)\b)(?!\s+[A-Z])")
    return bare.search(doc.text) is not None


def _district_of_town(gaz: Gazetteer, iri: str, suffix: str) -> bool:
    """A town or city named with "district" in a country whose districts are named after their seat
    (``district_of_town`` in place_patterns.json: Iraq, Syria, Lebanon; a Turkish "Reyhanlı district" is the
    town): the suffix names the district, not the town."""
    rule = load("place_patterns")["district_of_town"]
    place = gaz.reference.places[iri]
    parent = gaz.reference.places.get(place.parent_iri) if place.parent_iri else None
    return (
        suffix in rule["suffixes"]
        and place.type in rule["seat_types"]
        and not (parent is not None and parent.type in _SETTLEMENTS)  # "Sadr City district" is a city quarter
        and place_country(gaz.reference, iri) in rule["countries"]
    )


def _is_settlement(gaz: Gazetteer, iri: str) -> bool:
    return gaz.reference.places[iri].type in _SETTLEMENTS


def _is_settlement_or_area(gaz: Gazetteer, iri: str) -> bool:
    """A settlement, or an administrative area or country: never a river, valley or mountain of that name."""
    kind = gaz.reference.places[iri].type
    return kind in _SETTLEMENTS or any(gaz.reference.is_a(kind, t) for t in ("AdministrativeArea", "Country"))


def _container(gaz: Gazetteer, name: str) -> str | None:
    """The reference place a facility named after a place lies in ("Baqubah General Hospital" → Baqubah)."""
    words = name.split()
    for k in range(len(words), 0, -1):
        found = gaz.place(" ".join(words[:k]), "settlement", fuzzy=False)
        if found is not None:
            return found[0] if found[1] else None
    return None


def _desert(doc: Document, gaz: Gazetteer, start: int, end: int, iri: str, reason: str) -> Candidate:
    """ "the desert of al-Mayadin" / "Al-Sukhnah desert": the reference desert of that name, or a new region
    "<canonical name> desert" inside the place's governorate."""
    place = gaz.reference.places[iri]
    base = re.sub(r"\s+Governorate$", "", place.name)
    for attempt in (f"{base} desert", f"{base} Desert"):
        found = gaz.place(attempt)
        if found is not None:
            return _linked(start, end, doc, found[0], True, reason, priority=2)
    governorate = iri if place.type == "Governorate" else _governorate_of(gaz.reference, iri)
    entity = NewEntity("place", f"{base} desert", "Desert", parent_iri=governorate)
    return new_candidate(start, end, doc.text[start:end], entity, reason, priority=2)


def _governorate_of(reference: ReferenceData, iri: str) -> str | None:
    return next((current for current, p in place_chain(reference, iri) if p.type == "Governorate"), None)


def desert_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "the desert of al-Mayadin", "the deserts of Homs", "the Badia of Homs" (SOHR's word for the desert): the
    desert region of a known place."""
    pattern = re.compile(rf"\b(?:[Dd]eserts?|[Bb]adi(?:a|ya|yah|yat))\s+of\s+(?:the\s+)?(?P<name>{NAME})")
    for segment in doc.segments:
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            parts = list(_names_in(doc, *match.span("name")))
            if not parts:
                continue
            _, end, name = parts[0]
            found = gaz.place(name)
            if found is None or gaz.reference.places[found[0]].type == "Country":
                continue
            yield _desert(doc, gaz, match.start(), end, found[0], "desert-of")


def compass_region_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "northeast Syria", "northern Iraq": the reference region "<Compass> <Country>" when there is one, else a
    new region of that name inside the country ("eastern Syria" is where the story is, not all of Syria) — but
    "western Iraq", "central Syria" name no region of their own: they are the country (``compass_country_parts``)."""
    regions: dict[str, str] = dict(load("place_patterns")["compass_regions"])
    parts = {w.casefold() for w in load("place_patterns")["compass_country_parts"]}
    abbreviations: dict[str, str] = load("place_patterns")["compass_abbreviations"]
    countries = [p for p in gaz.reference.places.values() if p.type == "Country"]
    names = [label for p in countries for label in (p.name, *p.aliases) if label[:1].isupper()]
    compass, country_names = alternation(list(regions)), alternation(names)
    pattern = re.compile(rf"(?<![\w{DASHES}])(?P<compass>{compass})\s+(?P<country>{country_names})\b", re.IGNORECASE)
    # "N Iraq's Zap region", "NE Syria": headline abbreviations, in capitals only ("Assad's Syria" is no "S Syria")
    short = re.compile(
        rf"(?<![\w{DASHES}’'.])(?P<compass>{alternation(list(abbreviations))})\s+(?P<country>{country_names})\b"
    )
    regions |= {k.casefold(): v for k, v in abbreviations.items()}
    for segment in doc.segments:
        matches = [*pattern.finditer(doc.text, segment.start, segment.end)]
        matches += short.finditer(doc.text, segment.start, segment.end)
        for match in matches:
            if not match["country"][0].isupper():
                continue
            country = gaz.place(match["country"])
            if country is None or gaz.reference.places[country[0]].type != "Country":
                continue
            name = f"{regions[match['compass'].casefold()]} {gaz.reference.places[country[0]].name}"
            start, end = match.span()
            found = gaz.place(name)
            if found is not None and gaz.reference.places[found[0]].type != "Country":
                yield _linked(start, end, doc, found[0], True, "compass-region", priority=2)
                continue
            if match["compass"].casefold() in parts:  # "western Iraq": the country, its name the surface
                start = match.start("country")
                yield _linked(start, end, doc, country[0], True, "compass-country", priority=2)
                continue
            entity = NewEntity("place", name, "Region", parent_iri=country[0])
            yield new_candidate(start, end, doc.text[start:end], entity, "new-compass-region", priority=2)


_POINT_CUE = re.compile(
    r"(?:\b(?:north|south|east|west)\w*(?:[-‐‑–]\w+)?\s+of|\bnear|\bapproaching|\boutskirts\s+of|\boutside"
    r"|\binside|\bstronghold\s+of|\b(?:centre|center|heart|streets)\s+of)\s+$",
    re.IGNORECASE,
)


def national_territory_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "Lebanese airspace", "Iraqi territory", "on Syrian soil": a nationality adjective before a word for a
    state's territory names the country as a place, whatever the country (``national_territory_nouns``)."""
    nouns = alternation(load("place_patterns")["national_territory_nouns"])
    by_adjective = {a: c for c in country_table() for a in c["adjectives"]}
    pattern = re.compile(rf"(?<![\w{DASHES}])(?P<adj>{alternation(list(by_adjective))})\s+(?:{nouns})(?![\w{DASHES}])")
    for segment in doc.segments:
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            found = gaz.place(by_adjective[match["adj"]]["state"], fuzzy=False)
            if found is None or gaz.reference.places[found[0]].type != "Country":
                continue
            yield _linked(match.start(), match.end(), doc, found[0], True, "national-territory", 2)


def one_sense_per_article(doc: Document, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """A name read as a governorate by a cue is the governorate in its bare mentions too ("al-Quneitra"),
    and so is a city-or-governorate name after "<place> in" ("Huweija in Kirkuk"); datelines, explicit
    settlement cues ("the city of X") and points of reference ("southwest of Kirkuk") keep the settlement."""
    reference = gaz.reference
    governorates = {
        c.iri for c in chosen if c.iri in reference.places and reference.places[c.iri].type == "Governorate"
    }
    places = [c for c in chosen if c.kind == "place"]
    for cand in chosen:
        if cand.kind != "place" or cand.iri not in reference.places or not cand.reason.startswith("alias:"):
            continue
        segment = doc.segment_at(cand.start)
        if segment is None or segment.kind == "dateline":
            continue
        if not any(reference.is_a(reference.places[cand.iri].type, t) for t in _SETTLEMENTS):
            continue
        governorate = gaz.governorate(cand.text)
        if governorate is None:
            continue
        before = doc.text[max(segment.start, cand.start - 5) : cand.start]
        if _POINT_CUE.search(doc.text[max(segment.start, cand.start - 25) : cand.start]):
            continue  # "southwest of Kirkuk", "near Kirkuk", "approaching Erbil": a point of reference is the city
        inside = [
            p
            for p in places
            if p is not cand
            and p.end < cand.start
            and cand.start - p.end < 60
            and re.fullmatch(r"(?:\s*(?:,|and)\s*\S.*?)*\s+in\s+", doc.text[p.end : cand.start])
        ] if before.endswith(" in ") else []
        if any(_urban(reference, p) for p in inside):
            continue  # "Azadi Hospital in Duhok", "the neighbourhood of Sheikh Maqsoud in Aleppo": the city
        after_place = bool(inside)
        if governorate in governorates or after_place:
            cand.iri = governorate
            cand.reason = "governorate-by-article-usage" if not after_place else "governorate-after-place-in"
    return chosen


#: Cues that mint a place inside a city ("the al-Qadam district", "the Zein neighbourhood").
_URBAN_CUES = ("neighbourhood", "neighborhood", "quarter", "district", "suburb", "hospital", "camp", "prison")


def _urban(reference: ReferenceData, cand: Candidate) -> bool:
    """A place that lies inside a city: a facility ("Azadi Hospital in Duhok") or a neighbourhood ("Sheikh
    Maqsoud in Aleppo"). The city-or-governorate name after it ("<place> in X") is then the city, not the
    governorate that a village in X would point to."""
    if cand.new is not None:
        if reference.is_a(cand.new.type, "Facility") or cand.new.type in ("MilitaryBase", "Checkpoint"):
            return True
        return any(cue in cand.reason.casefold() for cue in _URBAN_CUES)
    place = reference.places.get(cand.iri)
    if place is None:
        return False
    if reference.is_a(place.type, "Facility") or place.type in ("MilitaryBase", "Checkpoint"):
        return True
    parent = reference.places.get(place.parent_iri) if place.parent_iri else None
    return parent is not None and any(reference.is_a(parent.type, t) for t in _SETTLEMENTS)


def triggered_new_places(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """An unknown place name after "near"/"in"/"west of" ("in al-Bara", "near Jalawla") → a NEW place.

    After "in" and the other weak triggers only names that begin with a place-name word (al-, Tal, Kafr, Wadi
    …) qualify, so "in Washington" or "in Arabic" never mint a place; after a strong trigger ("near",
    "east of") any capitalised name that is not a known actor, a nationality, a month or a weekday does, and so
    does a name after "in" that is itself placed (", in Syria's Idlib province"). Known names are the alias
    scan's job.
    """
    data = load("place_patterns")
    phrases = data["new_place_triggers"] + data["strong_new_place_triggers"]
    # a trigger opening a sentence is capitalised ("In Dhuluiya, north of Baghdad, gunmen …")
    triggers = alternation(phrases + [p[:1].upper() + p[1:] for p in phrases])
    strong = {t.casefold() for t in data["strong_new_place_triggers"]}
    pattern = re.compile(rf"\b(?P<trigger>{triggers})\s+(?:the\s+)?(?P<name>{NAME})")
    placed = re.compile(
        rf"\s*,\s+(?:in|near|(?:(?:about|some|around)\s+)?(?:\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles)\s+)?"
        rf"(?:north|south|east|west)\w*(?:[{DASHES}]\w+)?\s+of)\s"
    )
    communities = _community_words(doc)
    for segment in doc.segments:
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            names = list(_names_in(doc, *match.span("name")))[:1]
            is_strong = re.sub(r"\s+", " ", match["trigger"]).casefold() in strong
            if names and is_strong:
                names += _second_of_pair(doc, names[0][1], segment.end)
            for start, end, name in names:
                if gaz.place(name) is not None or is_known_actor_word(gaz, name) or name in communities:
                    continue
                if gaz.index.lookup(name) or len(name.replace("-", " ").split()) > 3:
                    continue
                if not _has_place_prefix(name):
                    if never_a_place(name) or not (is_strong or placed.match(doc.text, end)):
                        continue
                    if segment.all_caps or match.group("name").isupper():
                        continue  # "near ISIS" in a shouting headline
                entity = NewEntity("place", _display(name), _prefix_type(name) or "Place")
                yield new_candidate(start, end, name, entity, "new-place:after-trigger", priority=-3)
    yield from _listed_with_places(doc, gaz)


_PAIR_CLOSE = re.compile(rf"\s+and\s+(?:the\s+)?(?P<name>{NAME})(?=\s*(?:[,.;:)\n]|$|\s+[a-z]))")


def _second_of_pair(doc: Document, end: int, limit: int) -> list[tuple[int, int, str]]:
    """ "positions at Maktab Khalid and Mala Abdullah", "near Tal Rifaat and Kafr Naya": the name after "and"
    that closes a pair after a strong trigger is in the same place role as the first; a comma, a lower-case
    word or a longer list after it ("near X and Y, Z") leaves it out."""
    match = _PAIR_CLOSE.match(doc.text, end, limit)
    if match is None:
        return []
    return list(_names_in(doc, *match.span("name")))[:1]


#: "Bayanoun and Hayan, two towns held by …", "Maarat al-Artiq, a town north of …": the settlement word of an
#: apposition, and the type it gives. A noun after it ("a village elder", "a town councillor") makes it a modifier.
_APPOSED_SETTLEMENT = re.compile(
    rf"(?P<names>{NAME}(?:{_LIST_SEP}{NAME})*),\s+(?:a|an|the|two|three|four|both)\s+(?:(?:small|large|nearby|"
    rf"neighbouring|neighboring|strategic|key|border|mountain|frontline|[a-z]+-held|[A-Z][a-z]+)\s+){{0,2}}"
    rf"(?P<cue>towns?|villages?|cit(?:y|ies))\b(?!\s+(?:resident|residents|official|officials|council|councillor|"
    rf"elder|elders|head|chief|mukhtar|leader|leaders|notable|notables|mayor|hall|square|centre|center)\b)"
)
_APPOSED_TYPES = {"town": "Town", "village": "Village", "city": "City", "citie": "City"}


def apposed_settlements(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "gatherings in Bayanoun and Hayan, two towns held by the armed groups", "Maarat al-Artiq, a town north of
    the city": a name the gazetteer lacks, set off by a comma before "a town" or "two villages", is a NEW place of
    that kind, whatever preposition (if any) came before it. Known names are the alias scan's job."""
    for segment in doc.segments:
        if segment.all_caps:
            continue
        for match in _APPOSED_SETTLEMENT.finditer(doc.text, segment.start, segment.end):
            type_name = _APPOSED_TYPES[match["cue"].rstrip("s")]
            for start, end, name in _names_in(doc, *match.span("names")):
                known = gaz.place(name, fuzzy=False) is not None or gaz.index.lookup(name)
                if known or is_known_actor_word(gaz, name) or never_a_place(name):
                    continue
                if name[0].isdigit() or name.isupper() or len(name.split()) > 3:
                    continue
                if start == segment.start or re.search(r"[.!?\n]\s*$", doc.text[max(0, start - 3) : start]):
                    continue  # a sentence's first word may be anything capitalised ("Yesterday, the town …")
                entity = NewEntity("place", _display(name), type_name)
                yield new_candidate(start, end, name, entity, "new-place:apposed-settlement", priority=-2)


def _listed_with_places(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "the road between Tuz Khurmatu and Amerli", "in Kirkuk, Hawija and Dibis": an unknown name listed
    with a known place after a place word is a place too; so is every name of a list none of whose names is known
    when each begins with a place-name word ("in al-Muri'iya, al-Huwaiqa and Jabal Tharda"): the first alone after
    "in" is already a new place (triggered_new_places), and the names listed with it are of its kind."""
    pattern = re.compile(
        rf"\b(?:between|from|in|near|towards|toward|to)\s+(?:the\s+)?(?P<names>{NAME}(?:{_LIST_SEP}{NAME})+)"
    )
    for segment in doc.segments:
        if segment.all_caps:
            continue
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            names = list(_names_in(doc, *match.span("names")))
            known = [gaz.place(n, fuzzy=False) is not None for _, _, n in names]
            prefixed = all(_has_place_prefix(n) and not gaz.index.lookup(n) for _, _, n in names)
            if not (any(known) or prefixed) or not re.search(r"\s(?:and|&)\s", doc.text[names[-2][1] : names[-1][0]]):
                continue  # a list ends in "and": "in Iraq, Austin said" is no list of places
            for (start, end, name), is_known in zip(names, known, strict=True):
                if is_known or gaz.index.lookup(name) or is_known_actor_word(gaz, name):
                    continue
                if never_a_place(name) or name[0].isdigit() or name.isupper() or len(name.split()) > 3:
                    continue
                entity = NewEntity("place", _display(name), _prefix_type(name) or "Place")
                yield new_candidate(start, end, name, entity, "new-place:listed-with-places", priority=-3)


_CONTAINER_CUE = re.compile(
    r"\s*,?\s*(?:(?P<in>in|of)\s+(?:the\s+)?(?:(?:\w+ern|rural)\s+)?(?:countryside\s+of\s+(?:the\s+)?)?"
    r"|(?:(?:about|some|around)\s+)?(?:\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles)\s+(?:\(\d+\s+\w+\)\s+)?)?"
    r"(?P<near>(?:north|south|east|west)\w*(?:[-‐‑–]\w+)?)\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?)$"
)


def place_context(doc: Document, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """A settlement placed by the text ("the town of Hadar in Quneitra countryside", "Barisha, in Syria's Idlib
    province", "Mahkan, east of al-Mayadin") must lie there: a same-named reference place elsewhere ("Hadar"
    is also an alias of Hatra in Nineveh) gives way to the one inside the container, or to a NEW place; and a
    NEW place gets the container (or the governorate of the place it is next to) as its parent."""
    reference = gaz.reference
    places = sorted((c for c in chosen if c.kind == "place"), key=lambda c: c.start)
    containers: dict[int, tuple[str, bool]] = {}
    for k, cand in enumerate(places):
        container = _stated_container(doc, gaz, cand, places[k + 1 :])
        if container is None:
            continue
        containers[k] = container
        j = k  # "the villages of Sayda and al-Muallaq in Raqqa countryside": the whole list is placed
        while j > 0 and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", doc.text[places[j - 1].end : places[j].start]):
            j -= 1
            containers.setdefault(j, container)
    for k, cand in enumerate(places):
        if k not in containers:
            continue
        parent, inside = containers[k]
        if cand.new is not None:
            if cand.new.parent_iri is None and cand.new.type not in ("Road", "Border", "Country"):
                cand.new = dataclass_replace(cand.new, parent_iri=parent)
            continue
        place = reference.places.get(cand.iri)
        if place is None or not inside or not any(reference.is_a(place.type, s) for s in _SETTLEMENTS):
            continue
        if _within(reference, cand.iri, parent):
            continue
        others = [
            e.iri
            for e in gaz.index.lookup(cand.text)
            if e.kind == "place" and e.iri in reference.places and _within(reference, e.iri, parent)
        ]
        if others:
            cand.iri, cand.reason = others[0], f"{cand.reason}+placed-in"
            continue
        entity = NewEntity("place", _display(cand.text), place.type, parent_iri=parent)
        cand.iri, cand.new, cand.decision, cand.reason = entity.iri, entity, Decision.NEW, "new-place:placed-elsewhere"
    return _near_spellings_elsewhere(doc, gaz, places, containers, chosen)


def _near_spellings_elsewhere(
    doc: Document, gaz: Gazetteer, places: list[Candidate], containers: dict[int, tuple[str, bool]], chosen: list
) -> list[Candidate]:
    """A cue's name linked only by a near spelling ("the town of Kafr Naha" to Kafr Laha in Homs, "the village
    of Gir Zerik" to a Hasakah town) is a place the gazetteer lacks when the linked place lies outside the
    governorate the text puts it in, or, the text stating none, in a governorate no other place of the article
    lies in: the NEW place the cue mints takes its place, inside the stated container or else the governorate
    of the place named before it in the sentence."""
    reference = gaz.reference
    governorates: dict[int, str | None] = {
        k: (c.iri if reference.places[c.iri].type == "Governorate" else _governorate_of(reference, c.iri))
        for k, c in enumerate(places)
        if c.iri in reference.places
    }
    swap: dict[int, Candidate] = {}
    for k, cand in enumerate(places):
        if cand.decision != Decision.UNSURE or cand.unlinked is None or cand.new is not None:
            continue
        own = governorates.get(k)
        if own is None:
            continue
        if k in containers:
            parent = containers[k][0]
            if _within(reference, cand.iri, parent) or _within(reference, own, parent):
                continue
        else:
            if any(g == own for j, g in governorates.items() if j != k):
                continue
            sentence_start = doc.sentence_at(cand.start)[0]
            before = [j for j in range(k) if places[j].start >= sentence_start and governorates.get(j)]
            parent = governorates[before[-1]] if before else None
        minted = cand.unlinked
        if minted.new is not None and minted.new.parent_iri is None and parent is not None:
            minted = dataclass_replace(minted, new=dataclass_replace(minted.new, parent_iri=parent))
        swap[id(cand)] = dataclass_replace(minted, reason=f"{minted.reason}+near-spelling-elsewhere")
    return [swap.get(id(c), c) for c in chosen] if swap else chosen


def foreign_places(doc: Document, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """A settlement in a country the article never speaks of (no country word, no other place of it) is a
    same-named place of the story's own country that the gazetteer lacks: "the al-Riyadh district, southwest of
    Kirkuk" is no district of the Saudi capital. A name read by a cue becomes the NEW place the cue mints; a bare
    name of a town or village abroad ("Mala Bakhtiar", a dateline's "Baghdad / Al-Sabaah") is no place. Datelines
    keep their city; a text that speaks of no country at all says nothing. A place of the project's home
    countries (``home_countries`` in place_patterns.json) is abroad only when the text names the other one."""
    reference = gaz.reference
    home = set(load("place_patterns")["home_countries"]["codes"])
    spoken = {code for _, code, weight in doc.signals if weight == 1.0}
    countries = {  # "the border with Syria" lies on both sides: no place of Syria
        c.iri: place_country(reference, c.iri)
        for c in chosen
        if c.kind == "place" and c.iri in reference.places and reference.places[c.iri].type != "Border"
    }
    out: list[Candidate] = []
    for cand in chosen:
        code = countries.get(cand.iri)
        segment = doc.segment_at(cand.start)
        elsewhere = spoken | {other for iri, other in countries.items() if iri != cand.iri}
        if (
            code is None
            or (code in home and not spoken & home)  # "Turkish troops … near Saraqib": Syria goes unsaid
            or code in elsewhere
            or not elsewhere  # a text that names no country at all ("The last fighters surrendered in Baghouz")
            or not _is_settlement(gaz, cand.iri)
            or (segment is not None and segment.kind == "dateline")
        ):
            out.append(cand)
        elif cand.unlinked is not None:
            out.append(dataclass_replace(cand.unlinked, reason=f"{cand.unlinked.reason}+foreign-{code}"))
        elif not cand.reason.startswith("alias:") or reference.places[cand.iri].type not in ("Town", "Village"):
            out.append(cand)
    return out


def _stated_container(
    doc: Document, gaz: Gazetteer, cand: Candidate, following: list[Candidate]
) -> tuple[str, bool] | None:
    """The reference place the text puts ``cand`` in (``True``) or next to (``False``: its governorate)."""
    reference = gaz.reference
    if not following or following[0].start - cand.end > 60:
        return None
    cue = _CONTAINER_CUE.fullmatch(doc.text[cand.end : following[0].start])
    if cue is None:
        return None
    target_cand = following[0]
    if (
        len(following) > 1
        and target_cand.iri in reference.places
        and reference.places[target_cand.iri].type == "Country"
        and re.fullmatch(r"[’']s\s+", doc.text[target_cand.end : following[1].start])
    ):
        target_cand = following[1]  # "in Syria's Idlib province": the container is the second name
    if target_cand.iri not in reference.places:
        return None
    target = reference.places[target_cand.iri]
    if cue["near"]:
        governorate = target_cand.iri if target.type == "Governorate" else _governorate_of(reference, target_cand.iri)
        return (governorate, False) if governorate else None
    if target.type in ("Governorate", "Country") or reference.is_a(target.type, "AdministrativeArea"):
        return target_cand.iri, True
    if "countryside" in cue.group():  # "in the countryside of Tal Tamr": the town's governorate
        governorate = _governorate_of(reference, target_cand.iri)
        return (governorate, False) if governorate else None
    return None


def _within(reference: ReferenceData, iri: str, container: str) -> bool:
    seen: set[str] = set()
    current: str | None = iri
    while current and current not in seen:
        if current == container:
            return True
        seen.add(current)
        place = reference.places.get(current)
        current = place.parent_iri if place is not None else None
    return False


def coordinated_governorates(doc: Document, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """A bare name that is both a city and a governorate, listed with governorates ("alongside Kirkuk and
    Saladin", "between Kirkuk, Salahuddin and Diyala"), is the governorate too."""
    reference = gaz.reference
    places = sorted((c for c in chosen if c.kind == "place"), key=lambda c: c.start)
    changed = True
    while changed:
        changed = False
        for a, b in zip(places, places[1:], strict=False):
            if not re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*", doc.text[a.end : b.start]):
                continue
            for one, other in ((a, b), (b, a)):
                if other.iri not in reference.places or reference.places[other.iri].type != "Governorate":
                    continue
                if one.iri not in reference.places or not one.reason.startswith("alias:"):
                    continue
                if reference.places[one.iri].type == "Governorate":
                    continue
                governorate = gaz.governorate(one.text)
                if governorate is not None:
                    one.iri, one.reason, changed = governorate, "governorate-listed-with-governorates", True
    return chosen


#: "The prison, also known as Al Sinaa,", "Tal Jumaa, known locally as …": what follows names the same place.
_KNOWN_AS = re.compile(
    r"(?:,\s*|\()?(?:also\s+|locally\s+|commonly\s+|formerly\s+)?known\s+(?:locally\s+)?as\s+[“\"‘']?$"
)


def known_as_aliases(doc: Document, gaz: Gazetteer, chosen: list[Candidate]) -> list[Candidate]:
    """A place name after "(also) known as" is another name of the place just named, not a place of its own:
    it joins the place the name or noun before the cue refers to ("The prison, also known as Al Sinaa" → the
    prison the article is about), or is dropped when nothing before it is a place of that kind."""
    reference = gaz.reference
    types = {k.casefold(): v for k, v in load("place_patterns")["suffix_types"].items()}
    out: list[Candidate] = []
    for cand in chosen:
        if cand.kind != "place":
            out.append(cand)
            continue
        segment = doc.segment_at(cand.start)
        floor = segment.start if segment is not None else 0
        cue = _KNOWN_AS.search(doc.text, max(floor, cand.start - 40), cand.start)
        if cue is None:
            out.append(cand)
            continue
        named = [c for c in out if c.kind == "place" and c.end <= cue.start() and cue.start() - c.end <= 2]
        if named:
            antecedent = named[-1]
        else:
            noun = re.search(r"(\w+)\s*$", doc.text[max(floor, cue.start() - 30) : cue.start()])
            kind = types.get(noun.group(1).casefold()) if noun else None
            earlier = [
                c for c in out
                if c.kind == "place" and kind is not None and cand.start - c.end < 1500
                and (c.new.type if c.new is not None else reference.places[c.iri].type) in (kind, *_kinds_of(kind))
            ]
            if not earlier:
                continue  # a nickname of something that is no place of the story
            antecedent = earlier[-1]
        out.append(
            dataclass_replace(cand, iri=antecedent.iri, new=antecedent.new, reason=f"known-as:{cand.reason}")
        )
    return out


def _kinds_of(kind: str) -> tuple[str, ...]:
    """Place types that a noun's type covers ("prison" → Facility covers military bases and camps)."""
    return ("MilitaryBase", "Facility") if kind == "Facility" else ()


#: "the Great Mosque of al-Nuri", "the Temple of Bel", "the Shrine of Sayyida Zeinab": a landmark named
#: "<head> of <Name>" (head capitalised, as in a proper name).
_LANDMARK = re.compile(
    r"(?<![\w-])(?P<head>(?:(?:Great|Grand|Old)\s+)?(?:Mosque|Temple|Shrine|Tomb|Church|Citadel|Monastery|Cathedral"
    r"|Mausoleum|Castle))\s+of\s+(?P<name>(?:(?:al|el|Al|El)[-‐‑])?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:al|el|Al|El|bin|ibn)[-‐‑\s])?[A-Z][\w’'-]*){0,3})"
)


def landmark_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """Landmarks named "<Mosque|Temple|Shrine|…> of <Name>": the reference landmark when there is one, else a
    new Facility of that name; a known place after "of" ("the Citadel of Aleppo", "the Great Mosque of Mosul")
    is also a mention of that place, and the landmark lies in it."""
    for segment in doc.segments:
        if segment.all_caps:
            continue
        for match in _LANDMARK.finditer(doc.text, segment.start, segment.end):
            start, end = match.span()
            name_start = match.start("name")
            possessive = re.search(r"[’']s?$", doc.text[name_start:end])
            if possessive:  # "the Great Mosque of Mosul's minaret"
                end -= len(possessive.group())
            text, name = doc.text[start:end], doc.text[name_start:end]
            found = gaz.place(text, fuzzy=False)
            if found is not None:
                yield _linked(start, end, doc, found[0], found[1], "landmark:reference", 2)
                continue
            inside = gaz.place(name, fuzzy=False)
            parent = inside[0] if inside is not None else None
            entity = NewEntity("place", re.sub(r"\s+", " ", text), "Facility", parent_iri=parent)
            cand = new_candidate(start, end, text, entity, "landmark", priority=2)
            if inside is not None:
                cand.inner.append(_linked(name_start, end, doc, inside[0], inside[1], "landmark-place", 0))
            yield cand



def facility_in_place_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "the popular vegetable market in the city of Maarat al-Numan", "the state television building in Aleppo":
    a facility named by what it is and where (``facilities_in_places`` in ``kg/data/place_patterns.json``),
    minted "<Place> <facility>" inside the known place; the place name stays its own mention."""
    data = load("place_patterns")["facilities_in_places"]
    pattern = re.compile(
        rf"\b[Tt]he\s+(?:(?:{alternation(data['modifiers'])})\s+)?(?P<head>{alternation(data['heads'])})\s+in\s+"
        rf"(?:the\s+(?:city|town|village)\s+of\s+)?(?P<name>{NAME})"
    )
    for segment in doc.segments:
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            name = next(iter(_names_in(doc, *match.span("name"))), None)
            found = gaz.place(name[2], fuzzy=False) if name is not None else None
            if found is None or not _is_settlement_or_area(gaz, found[0]):
                continue
            place = gaz.reference.places[found[0]]
            head = re.sub(r"\s+", " ", match["head"])
            entity = NewEntity("place", f"{place.name} {head}", "Facility", parent_iri=found[0])
            start, end = match.start() + 4, match.end("head")
            yield new_candidate(start, end, doc.text[start:end], entity, "facility-in-place", priority=2)


def city_half_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "southern Damascus", "eastern Aleppo" in a report on the city's siege: a part of the city, minted as
    "<Compass> <City>" inside it (``city_halves`` in ``kg/data/place_patterns.json``), not the governorate that a
    compass word before a governorate's name means ("northern Hama")."""
    data = load("place_patterns")
    halves = data["city_halves"]
    regions: dict[str, str] = data["compass_regions"]
    followers = alternation([*data["countryside_words"], *data["governorate_words"], "countryside", "Countryside"])
    cues = re.compile(rf"(?i)\b(?:{alternation(halves['cues'])})\b")
    has_cue = bool(cues.search(doc.text))
    for city, words in halves["cities"].items():
        if city in halves["needs_cue"] and not has_cue:
            continue
        found = gaz.place(city, fuzzy=False)
        if found is None:
            continue
        pattern = re.compile(
            rf"(?<![\w{DASHES}])(?P<compass>(?i:{alternation(words)}))\s+{re.escape(city)}(?![\w{DASHES}’'])"
            rf"(?!\s+(?:{followers})\b)"
        )
        for segment in doc.segments:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                name = f"{regions[match['compass'].casefold()]} {city}"
                entity = NewEntity("place", name, "Region", parent_iri=found[0])
                start, end = match.span()
                yield new_candidate(start, end, doc.text[start:end], entity, "new-city-half", priority=2)


def quarter_of_city_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "in the Old City" with no city named with it: the quarter of the city named nearest before it (news names
    the core of the story's city by its kind alone; ``quarters_of_nearest_city`` in place_patterns.json), the
    gazetteer's "Old City of Mosul" or a new "Old City of Raqqa" inside the city. A quarter after a possessive or
    a capitalised word ("Jerusalem's Old City", "Mosul Old City") is left to the name as written."""
    data = load("place_patterns")["quarters_of_nearest_city"]
    pattern = re.compile(rf"\b(?P<quarter>{alternation(data['quarters'])})\b(?!\s+of\b)")
    for segment in doc.segments:
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            before = re.search(rf"([\w{DASHES}’']+)\s+$", doc.text[segment.start : match.start()])
            if before is not None and (re.search(r"[’']s$", before[1]) or gaz.place(before[1], fuzzy=False)):
                continue  # "Jerusalem's Old City", "Mosul Old City": the city is named with it
            city = _nearest_city_before(doc, gaz, match.start())
            if city is None:
                continue
            place = gaz.reference.places[city]
            name = f"{match['quarter']} of {place.name}"
            found = gaz.place(name, fuzzy=False)
            start, end = match.span()
            if found is not None:
                yield _linked(start, end, doc, found[0], True, "quarter-of-city", priority=2)
                continue
            entity = NewEntity("place", name, "Region", parent_iri=city)
            yield new_candidate(start, end, doc.text[start:end], entity, "new-quarter-of-city", priority=2)


def zone_of_named_place_candidates(doc: Document, gaz: Gazetteer) -> Iterator[Candidate]:
    """ "the demilitarized buffer zone" in a story that names the Golan Heights or Quneitra: a zone told by its
    kind alone is the one zone of that kind beside a place the article names (``zones_of_named_places`` in
    place_patterns.json). A capitalised or hyphenated word before it ("a Turkish buffer zone", "a Turkey-proposed
    buffer zone") names another zone, and a story naming none of the places leaves the phrase alone."""
    named = set()
    for _, _, name in _names_in(doc, 0, len(doc.text)):
        found = gaz.place(name, fuzzy=False)
        if found is not None:
            named.add(found[0])
    for zone in load("place_patterns")["zones_of_named_places"]["zones"]:
        places = {found[0] for name in zone["places"] if (found := gaz.place(name, fuzzy=False))}
        target = gaz.place(zone["zone"], fuzzy=False)
        if target is None or not named & places:
            continue
        pattern = re.compile(rf"(?<![\w{DASHES}])(?P<zone>{alternation(zone['phrases'])})(?![\w{DASHES}])")
        for segment in doc.segments:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                before = re.search(r"(\S+)\s+$", doc.text[segment.start : match.start()])
                word = before[1] if before is not None else ""
                if word[:1].isupper() and word not in ("The", "A") or "-" in word:
                    continue  # "a Turkish buffer zone", "the Turkey-proposed buffer zone": another zone
                yield _linked(match.start(), match.end(), doc, target[0], True, "zone-of-named-place", priority=1)


def _nearest_city_before(doc: Document, gaz: Gazetteer, position: int) -> str | None:
    """The reference city named last before a position in the text (a city's quarter told bare is that city's)."""
    for _, _, name in reversed(list(_names_in(doc, 0, position))):
        found = gaz.place(name, fuzzy=False)
        if found is not None and found[1] and gaz.reference.places[found[0]].type == "City":
            return found[0]
    return None
