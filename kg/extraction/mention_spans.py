"""Which places and which quote belong to an event mention, among several mentions of one sentence.

A sentence often tells more than one incident ("…, while Russian warplanes carried out airstrikes on …"), so
each place goes to the mention it is nearest to, the same clause first; the evidence is the clause when a
sentence holds several mentions (or is very long), else the whole sentence, trimmed of quotes and full stops.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extraction.context import ArticleContext
from kg.extraction.roles import TRIGGER_FILE
from kg.extraction.rules import compile_pattern, rule_file
from kg.extraction.sentences import Sentence, split_clauses
from kg.model import EntitySpan

if TYPE_CHECKING:
    from kg.extraction.events import Mention


def event_place_spans(text: str, sentence: Sentence, place_spans: list[EntitySpan]) -> list[EntitySpan]:
    """The places of a sentence that may be where its events happened.

    Not the dateline ("BAGHDAD, July 8 (Reuters) -"), not where someone went or came from ("withdrew towards
    the Hamrin mountains", "from the direction of the Golan", "taken to the hospital in Raqqa"), and not what a
    relative clause says an actor holds ("the militias, which control the city of al-Mayadin"), and not the
    landmark that locates the place named just before it ("Hit, 150 km west of Baghdad").
    """
    markers = _place_markers()
    dateline_end = dateline_end_of(sentence)
    stative = [  # the relative clause up to its closing comma, not the predicate that follows it
        (clause.start, clause.start + (clause.text.find(",", 1) % (len(clause.text) + 1)))
        for clause in split_clauses(text[sentence.start : sentence.end], sentence.start)
        if markers["stative_relative"].match(clause.text)
    ]
    kept = []
    for span in place_spans:
        if span.start < dateline_end or any(a <= span.start < b for a, b in stative):
            continue
        if markers["elsewhere_before"].search(text[max(sentence.start, span.start - 80) : span.start]):
            continue
        if _landmark(text, span, place_spans, markers["landmark"]):
            continue
        kept.append(span)
    return kept


def dateline_end_of(sentence: Sentence) -> int:
    """Where the sentence's dateline ("BAGHDAD, July 8 (Reuters) -", "Beirut, Jul 18 (EFE).-") ends: its place
    is where the report was filed and its date when, neither the event's."""
    dateline = _place_markers()["dateline"].match(sentence.text)
    return sentence.start + dateline.end() if dateline else sentence.start


def _landmark(text: str, span: EntitySpan, place_spans: list[EntitySpan], marker: re.Pattern[str]) -> bool:
    """Whether the place only locates the place named just before it ("the village of Dalia, east of Jableh")."""
    before = [s.end for s in place_spans if s.end <= span.start and span.start - s.end <= 60]
    return bool(before) and marker.match(text[max(before) : span.start]) is not None


@lru_cache(maxsize=1)
def _place_markers() -> dict[str, re.Pattern[str]]:
    data = rule_file(TRIGGER_FILE)
    macros = data.get("macros", {})
    return {
        key: compile_pattern(data["place_markers"].get(key, "(?!)"), macros, TRIGGER_FILE)
        for key in ("dateline", "elsewhere_before", "stative_relative", "landmark")
    }


def nearest_places(mention: Mention, mentions: list[Mention], place_spans: list[EntitySpan]) -> list[str]:
    """Places of the sentence that are nearer this mention than any other (same clause preferred)."""
    result: list[str] = []
    for span in place_spans:
        nearest = min(mentions, key=lambda m, span=span: _distance(m, span))
        if nearest is mention and span.iri not in result:
            result.append(span.iri)
    return result


def _distance(mention: Mention, span: EntitySpan) -> tuple[int, int]:
    same_clause = mention.region[0] <= span.start < mention.region[1]
    if span.end <= mention.start:
        gap = mention.start - span.end
    else:
        gap = max(0, span.start - mention.end)
    return (0 if same_clause else 1, gap)


def mention_evidence(
    ctx: ArticleContext, sentence: Sentence, mention: Mention, mentions: list[Mention], place_spans: list[EntitySpan]
) -> tuple[int, int]:
    if mention.rule.get("evidence") == "match":
        end = mention.end
        following = [s for s in place_spans if 0 <= s.start - mention.end <= 2]
        if following:
            end = following[0].end
        return mention.start, end
    if len({m.region for m in mentions}) > 1 or sentence.end - sentence.start > 320:
        start, end = mention.region
    else:
        start, end = sentence.start, sentence.end
    return _trim(ctx.text, start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in ' .;,:“”"':
        end -= 1
    while start < end and text[start] in ' “”"‘’':
        start += 1
    return start, end
