"""Noun phrases that take up a place named before: "the town", "the base", "the province".

Events and relations both read them: "fled the base on Sunday" happened at the airbase the article named, and
"the town's defenders" hold the town named before. The phrases are data (``place_anaphors`` in
``kg/data/relation_patterns.json``), each with the place types it may stand for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extraction.context import ArticleContext
from kg.extraction.rules import Rule, compile_rules, rule_file
from kg.extraction.sentences import Sentence
from kg.model import EntitySpan

RELATION_FILE = "relation_patterns.json"


@lru_cache(maxsize=1)
def place_anaphor_rules() -> tuple[Rule, ...]:
    data = rule_file(RELATION_FILE)
    return compile_rules(data["place_anaphors"], data.get("macros", {}), RELATION_FILE)


def place_anaphors(ctx: ArticleContext, sentence: Sentence, for_events: bool = False) -> list[EntitySpan]:
    """Noun phrases in the sentence that take up a place named before, as place spans.

    Each stands for the nearest place of a fitting type named earlier in the article, and only where no
    name already stands ("the town of Hajin" is the name, not an anaphor). ``for_events``: only the phrases
    that can say where an incident happened ("the town", "the base"; not "the region", which frames a story).
    """
    taken = ctx.spans_in(sentence.start, sentence.end)
    found: list[EntitySpan] = []
    for anaphor in place_anaphor_rules():
        if for_events and anaphor.get("events") is False:
            continue
        for match in anaphor.regex.finditer(ctx.text, sentence.start, sentence.end):
            if any(s.start < match.end() and match.start() < s.end for s in taken + found):
                continue
            types = anaphor.get("types", [])
            named = ctx.spans_in(0, match.start(), "place")
            head = match.group().split()[-1]
            called = {s.iri for s in named if _called(ctx.text, s, head, named)}
            earlier = [
                s
                for s in named
                if (_types(ctx, s.iri) & set(types) or s.iri in called)
                and not _landmark(ctx.text, s.start)
                and not _names_a_facility(ctx.text, s.end)
            ]
            if earlier:
                found.append(EntitySpan(match.start(), match.end(), match.group(), earlier[-1].iri, "place"))
    return found


#: "Hit, 150 km west of Baghdad": a place named only to locate another is not what "the town" takes up.
_LANDMARK = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|km|kilometres|kilometers|miles)\s+(?:of|from)\s+"
    r"(?:the\s+(?:city|town|province|capital)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


def _called(text: str, span: EntitySpan, noun: str, named: list[EntitySpan]) -> bool:
    """The article itself calls the place by the anaphor's noun ("the central Syrian city of Palmyra", "Raqqa
    city"), whatever class the gazetteer gives it: "the city" may take it up. ("the Baba Amr neighbourhood of
    Homs" calls Baba Amr a neighbourhood, not Homs.)"""
    noun = re.escape(noun)
    before = re.search(rf"\b{noun}\s+of\s+$", text[max(0, span.start - 30) : span.start], re.IGNORECASE)
    if before is not None:
        head_start = max(0, span.start - 30) + before.start()
        return not any(other.start <= head_start <= other.end + 1 for other in named)
    return re.match(rf"\s+{noun}\b", text[span.end : span.end + 20], re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def _facility_name_end() -> re.Pattern[str]:
    """A place name's continuation into the proper name of a facility or a local body ("Akçakale State Hospital",
    "Mosul University", "the Şanlıurfa Governor's Office"): the capitalised facility heads of ``suffix_types`` in
    ``place_patterns.json`` and the heads of local bodies, after up to two capitalised words."""
    suffixes = rule_file("place_patterns.json")["suffix_types"]
    heads = {k.split()[-1].title() for k, v in suffixes.items() if v == "Facility"}
    heads |= {"University", "School", "Stadium", "Hotel", "Mosque", "Church", "Hall"}
    heads |= {"Governor", "Council", "Municipality", "Office", "Command", "Police", "Directorate"}  # its bodies
    alternatives = "|".join(sorted(map(re.escape, heads)))
    return re.compile(rf"\s+(?:[A-Z][\w’'\-]*\s+){{0,2}}(?:{alternatives})\b")


def _names_a_facility(text: str, end: int) -> bool:
    """"transferred to Akçakale State Hospital": the town names the hospital there, not a place an anaphor takes
    up ("which controls the town" is the town the story is about)."""
    return _facility_name_end().match(text, end) is not None


def _landmark(text: str, start: int) -> bool:
    return _LANDMARK.search(text, max(0, start - 60), start) is not None


def _types(ctx: ArticleContext, iri: str) -> set[str]:
    """The place's annotation-format type and its own class (a minted place may only have the latter)."""
    place = ctx.places.get(iri)
    return {ctx.place_type(iri), place.type if place else ""}
