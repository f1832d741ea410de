"""Numbered military units built from their parts: "the 20th, 23rd and 110th Brigades of the Popular
Mobilization Forces" is three Brigade actors, each partOf the PMF, with the whole phrase as evidence.

A unit is the reference unit with the same parent and ``ckg:unitNumber`` when there is one; otherwise it is
minted as "<parent short name> <ordinal> <Unit>" with its parent and number. Without "of X" / "X's", the parent
is the army of the country the sentence is about ("the 4th Division" in a Syrian sentence → Syrian Arab Army).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.model import Decision
from kg.resolution.candidates import Candidate, NewEntity, PendingRelation, new_candidate
from kg.resolution.context import Document, country_table
from kg.resolution.index import AliasIndex, scan
from kg.resolution.names import APOSTROPHES, is_acronym

_WORD_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
_ORD = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(w.capitalize() for w in _WORD_ORDINALS) + r")"
_NOUNS = {
    "brigade": "Brigade",
    "division": "Division",
    "regiment": "Regiment",
    "battalion": "Battalion",
    "corps": "MilitaryUnit",
    "army": "MilitaryUnit",
    "armoured division": "Division",
    "armored division": "Division",
    "mechanized division": "Division",
    "infantry division": "Division",
}
#: The arm of service between a unit's number and its noun is part of the unit's name ("the 82nd Airborne
#: Division", "the 10th Mountain Division", "the 1st Armored Division"): the unit is still read by its number.
_ARM = r"(?:Armou?red|Mechani[sz]ed|Infantry|Airborne|Air\s+Assault|Mountain|Commando|Marine|Motori[sz]ed|Tank)"
#: A unit's nickname in quotes between its number and its noun (Israeli and Iraqi usage: 'the 210th "Bashan"
#: Division'): part of the name as written, so the unit is still read by its number and noun.
_NICKNAME = r"(?:[\"“][A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}[\"”])"
_PATTERN = re.compile(
    rf"(?:\bthe\s+)?(?:(?P<owner>[A-Z][\w{APOSTROPHES}.-]*(?:\s[A-Z][\w.-]*){{0,3}})[{APOSTROPHES}]s?\s+)?"
    rf"(?P<nums>{_ORD}(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+){_ORD})*)\s+"
    rf"(?:{_NICKNAME}\s+)?"
    rf"(?P<noun>(?i:(?:{_ARM}\s+)?(?:Brigades?|Divisions?|Regiments?|Battalions?|Corps|Army)))\b"
    rf"(?:\s+of\s+(?:the\s+)?(?P<parent>[A-Z][\w{APOSTROPHES}-]*(?:\s+(?:of\s+)?[A-Z][\w{APOSTROPHES}-]*){{0,4}}))?"
)

ActorTarget = Callable[[str, str, str | None], tuple[str, NewEntity | None]]


def _number(ordinal: str) -> int:
    digits = re.match(r"\d+", ordinal)
    return int(digits.group()) if digits else _WORD_ORDINALS[ordinal.casefold()]


def _parent(index: AliasIndex, text: str | None) -> tuple[str, int] | None:
    """The actor a parent phrase names (its longest leading part that is an actor), and that part's length."""
    if not text:
        return None
    words = list(re.finditer(r"\S+", text))
    for k in range(len(words), 0, -1):
        part = text[: words[k - 1].end()]
        actors = [e for e in index.lookup(part) if e.kind == "actor"]
        if actors:
            return actors[0].iri, len(part)
    return None


def _short_name(index: AliasIndex, iri: str) -> str:
    actor = index.reference.actors.get(iri)
    if actor is None:
        return iri.rsplit("/", 1)[-1]
    acronyms = sorted((a for a in actor.aliases if is_acronym(a)), key=len)
    return acronyms[0] if acronyms else actor.name


def _unit_key(number: int, noun_text: str) -> tuple[int, str]:
    return number, noun_text.split()[-1].casefold().rstrip("s")


def _named_parents(doc: Document, index: AliasIndex) -> dict[tuple[int, str], str]:
    """Units whose parent the article states somewhere ("the PMF's 110th Brigade"), by number and unit word:
    a later bare "The 110th Brigade" is the same unit, not a unit of the sentence's army."""
    parents: dict[tuple[int, str], str] = {}
    for segment in doc.segments:
        for match in _PATTERN.finditer(doc.text, segment.start, segment.end):
            parent = _parent(index, match["parent"]) or _parent(index, match["owner"])
            if parent is None:
                continue
            for ordinal in re.finditer(_ORD, match["nums"]):
                parents.setdefault(_unit_key(_number(ordinal.group()), match["noun"]), parent[0])
    return parents


def _named_group(index: AliasIndex, text: str) -> bool:
    """ "the Eighth Brigade" of Daraa is a group's own name in the reference (no numbered unit of an army): the
    alias reading stands, and no unit of the sentence's army is built from it."""
    actors = [index.reference.actors.get(e.iri) for e in index.lookup(text) if e.kind == "actor"]
    return any(a is not None and a.unit_number is None for a in actors)


def unit_candidates(doc: Document, index: AliasIndex, targets: ActorTarget) -> Iterator[Candidate]:
    """Numbered units ("the 4th Division", "the PMF's 20th and 24th brigades"), each with the parent the text
    states, or else the parent the article gave the same unit earlier, or the sentence's army."""
    named = _named_parents(doc, index)
    earlier: dict[tuple[int, str], str] = {}  # the parent each bare unit was first read with in this article
    for segment in doc.segments:
        for match in _PATTERN.finditer(doc.text, segment.start, segment.end):
            noun_text = match["noun"]
            if noun_text[0].islower() and not (match["owner"] or match["parent"]):
                continue  # "the 4th division" alone is no name; "the PMF's 20th and 24th brigades" is
            noun_text = " ".join(w.capitalize() if w.islower() else w for w in noun_text.split())
            base = re.sub(r"s$", "", noun_text.split()[-1].casefold()) if noun_text != "Corps" else "corps"
            kind = _NOUNS.get(" ".join(noun_text.casefold().split()[-2:]).rstrip("s"), _NOUNS.get(base, "MilitaryUnit"))
            parent = _parent(index, match["parent"]) or _parent(index, match["owner"])
            end = match.end()
            if match["parent"] and parent is not None and _parent(index, match["parent"]):
                end = match.start("parent") + parent[1]
            elif match["parent"]:
                end = match.end("noun")
            ordinals = list(re.finditer(_ORD, match["nums"]))
            keys = [_unit_key(_number(o.group()), match["noun"]) for o in ordinals]
            stated = {named.get(key) for key in keys}
            before = {earlier.get(key) for key in keys}
            if parent is None and len(ordinals) == 1 and _named_group(index, doc.text[match.start("nums") : end]):
                continue
            if parent is None and len(stated) == 1 and None not in stated:
                parent_iri = stated.pop()  # the parent the article gave this unit elsewhere
            elif parent is None and len(before) == 1 and None not in before:
                parent_iri = before.pop()  # "the 4th Division" again: the unit the article already named
            else:
                parent_iri = parent[0] if parent else _sentence_force(doc, index, match.start(), kind)
            if parent_iri is None:
                code = next(iter(doc.countries_at(match.start())), None)
                country = next((c for c in country_table() if c["code"] == code), None)
                if country is None or "army" not in country["roles"]:
                    continue
                parent_iri, _ = targets(country["roles"]["army"], "StateForce", country["state"])
            for key in keys:
                earlier.setdefault(key, parent_iri)
            ordinals = list(re.finditer(_ORD, match["nums"]))
            evidence = (match.start(), end)
            unit_word = noun_text.split()[-1].rstrip("s") if noun_text not in ("Corps",) else "Corps"
            unit_word = "Corps" if unit_word == "Corp" else unit_word
            for k, ordinal in enumerate(ordinals):
                start = match.start("nums") + ordinal.start()
                stop = match.end("noun") if k == len(ordinals) - 1 else match.start("nums") + ordinal.end()
                number = _number(ordinal.group())
                iri = _reference_unit(index, parent_iri, number, kind)
                text = doc.text[start:stop]
                if iri is not None:
                    cand = Candidate(start, stop, text, "actor", iri, Decision.LINKED, f"unit:{number}", priority=2)
                else:
                    ordinal_text = ordinal.group() if ordinal.group()[0].isdigit() else ordinal.group().capitalize()
                    name = f"{_short_name(index, parent_iri)} {ordinal_text} {unit_word.capitalize()}"
                    if " ".join(noun_text.split()[:-1]):
                        name = f"{_short_name(index, parent_iri)} {ordinal_text} {noun_text.rstrip('s')}"
                    entity = NewEntity("actor", name, kind, parent_iri=parent_iri, unit_number=number)
                    cand = new_candidate(start, stop, text, entity, f"unit:{number}", priority=2)
                cand.relations.append(
                    PendingRelation("partOf", cand.iri, parent_iri, evidence[0], evidence[1], "unit-of", 0.9)
                )
                yield cand


_NUMBER_AFTER = re.compile(
    rf"\b(?P<noun>Brigade|Division|Regiment|Battalion)\s+(?P<num>\d{{1,3}})\b(?![.,]\d)"
    rf"(?:\s+of\s+(?:the\s+)?(?P<parent>[A-Z][\w{APOSTROPHES}-]*(?:\s+(?:of\s+)?[A-Z][\w{APOSTROPHES}-]*){{0,4}}))?"
)


def numbered_after_candidates(doc: Document, index: AliasIndex, targets: ActorTarget) -> Iterator[Candidate]:
    """ "Brigade 23 of the Hashd", "Division 8": the number written after the unit word (PMF and Iraqi usage)."""
    for segment in doc.segments:
        for match in _NUMBER_AFTER.finditer(doc.text, segment.start, segment.end):
            parent = _parent(index, match["parent"])
            kind = _NOUNS[match["noun"].casefold()]
            parent_iri = parent[0] if parent else _sentence_force(doc, index, match.start(), kind)
            if parent_iri is None:
                continue  # "Brigade 5" with no force in sight names nothing certain
            number = int(match["num"])
            start, stop = match.start(), match.end("num")
            end = match.start("parent") + parent[1] if parent else stop
            iri = _reference_unit(index, parent_iri, number, kind)
            text = doc.text[start:stop]
            if iri is not None:
                cand = Candidate(start, stop, text, "actor", iri, Decision.LINKED, f"unit:{number}", priority=2)
            else:
                name = f"{_short_name(index, parent_iri)} {number}{_suffix(number)} {match['noun']}"
                entity = NewEntity("actor", name, kind, parent_iri=parent_iri, unit_number=number)
                cand = new_candidate(start, stop, text, entity, f"unit:{number}", priority=2)
            cand.relations.append(PendingRelation("partOf", cand.iri, parent_iri, start, end, "unit-of", 0.9))
            yield cand


def _suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _same_kind(actor_type: str, kind: str | None) -> bool:
    """A reference unit of this kind: the PMF's 20th Brigade is no "20th Division"."""
    return kind is None or kind == "MilitaryUnit" or actor_type == kind


def _unit_holders(index: AliasIndex, kind: str | None = None) -> set[str]:
    return {
        a.parent_iri
        for a in index.reference.actors.values()
        if a.unit_number and a.parent_iri and _same_kind(a.type, kind)
    }


def _sentence_force(doc: Document, index: AliasIndex, position: int, kind: str | None = None) -> str | None:
    """The force named in the same sentence that has numbered units of this kind ("the 52nd Brigade, one of the
    PMF's Turkmen units" → the PMF; "the 20th Division, in cooperation with the PMF" is no PMF unit, as the PMF
    numbers brigades), nearest first; ``None`` when the sentence names none."""
    segment = doc.segment_at(position)
    if segment is None:
        return None
    s_start, s_end = doc.sentence_at(position)
    tokens = [tok for tok in segment.tokens if s_start <= tok.start < s_end]
    holders = _unit_holders(index, kind)
    found = [
        (abs(m.start - position), e.iri)
        for m in scan(index, doc.text, tokens, all_caps=segment.all_caps)
        for e in m.entries
        if e.kind == "actor" and e.iri in holders
    ]
    return min(found)[1] if found else None


def _reference_unit(index: AliasIndex, parent_iri: str, number: int, kind: str | None = None) -> str | None:
    for actor in index.reference.actors.values():
        if actor.parent_iri == parent_iri and actor.unit_number == number and _same_kind(actor.type, kind):
            return actor.iri
    return None
