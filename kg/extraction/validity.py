"""When a stated relation holds: "ISIS has held the town since 2014" starts the control in 2014.

A relation read from a sentence takes a start date from "since <date>" / "from <date>" and an end date from
"until <date>" / "till <date>" when that date stands in the same clause as the relation's evidence; the date
is whatever the date rules resolve it to (a year, a month, a day), never a guessed fuller date. The cue words
live in ``kg/data/date_expressions.json`` (``validity_cues``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extraction.dates import DATE_FILE, DateMention
from kg.extraction.rules import compile_pattern, rule_file
from kg.extraction.sentences import Sentence
from kg.model import DateValue, RelationFact


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = rule_file(DATE_FILE)["validity_cues"]
    return compile_pattern(cues["from"], {}, DATE_FILE), compile_pattern(cues["until"], {}, DATE_FILE)


def validity(
    text: str, sentence: Sentence, relation: RelationFact, dates: list[DateMention]
) -> tuple[DateValue | None, DateValue | None]:
    """``(valid_from, valid_until)`` the relation's clause states; ``None`` where it says nothing."""
    since, until = _cues()
    start, end = relation.evidence.start, relation.evidence.end
    clauses = [c for c in sentence.clauses() if c.start < end and start < c.end] or sentence.clauses()
    low, high = min(c.start for c in clauses), max(c.end for c in clauses)
    valid_from = valid_until = None
    for mention in dates:
        if not (low <= mention.start < high) or not isinstance(mention.value, DateValue):
            continue
        before = text[max(sentence.start, mention.start - 25) : mention.start]
        # the cue may be the first word of the date expression itself ("since 2014", "Since August")
        first = re.match(r"[A-Za-z]+\s+", mention.text)
        readings = [before] + ([before + first.group()] if first else [])
        if valid_from is None and any(since.search(r) for r in readings):
            valid_from = mention.value
        elif valid_until is None and any(until.search(r) for r in readings):
            valid_until = mention.value
    return valid_from, valid_until
