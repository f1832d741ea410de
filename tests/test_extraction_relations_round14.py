"""Relation frames revised for unseen articles (round fourteen), each read through the whole pipeline.

Every case is a sentence written for this test in the manner of an outlet, with the triples an annotator
following ``shared/gold/FORMAT.md`` would mark and near misses that must not be read. The frames: a head of
state or government leads a body the article names ("Prime Minister X" in a story that never speaks of his
government leads the State the story names, as an actor or as its country).
"""

from __future__ import annotations

import pytest

from kg.articles import article_from_text
from kg.extraction import extract_to_json


def _triples(text: str) -> set[tuple[str, str, str]]:
    data = extract_to_json(article_from_text("Report\n\n" + text + "\n"))
    return {(r["subject"], r["predicate"], r["object"]) for r in data["relations"]}


CASES = [
    (  # the government is never named, the State is: the Prime Minister leads the State
        "Iraq has asked for more air support, and Prime Minister Haider al-Abadi visited troops near Tikrit on "
        "Sunday, officials said.",
        [("Haider al-Abadi", "leads", "Iraq")],
        [("Haider al-Abadi", "leads", "Iraqi government")],
    ),
    (  # the government is named: he leads it, as before
        "The Iraqi government announced a curfew in Baghdad, and Prime Minister Haider al-Abadi chaired a security "
        "meeting on Monday.",
        [("Haider al-Abadi", "leads", "Iraqi government")],
        [],
    ),
    (  # the State named only as the country the story is set in
        "Prime Minister Haider al-Abadi visited Tikrit on Sunday. The city lies 150 km north of Baghdad, Iraq.",
        [("Haider al-Abadi", "leads", "Iraq")],
        [("Haider al-Abadi", "leads", "Iraqi government")],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_round14_frames(text: str, expected: list, absent: list) -> None:
    triples = _triples(text)
    for triple in expected:
        assert triple in triples, (triple, sorted(triples))
    for triple in absent:
        assert triple not in triples, (triple, sorted(triples))

