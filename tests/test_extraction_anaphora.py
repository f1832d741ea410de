"""Place anaphors ("the town", "the base") take up the place an article is about, not a landmark named only to
locate it ("Hit, 150 km west of Baghdad")."""

from __future__ import annotations

from kg.articles import article_from_text
from kg.extraction import extract_to_json


def _triples(text: str) -> set[tuple[str, str, str]]:
    data = extract_to_json(article_from_text("Report\n\n" + text + "\n"))
    return {(r["subject"], r["predicate"], r["object"]) for r in data["relations"]}


def test_the_town_skips_a_landmark_named_to_locate_the_town():
    text = (
        "Iraqi troops massed on Sunday outside Rawa, 50 km north-west of Haditha. "
        "The Islamic State has held the town since 2014."
    )
    triples = _triples(text)
    assert ("Islamic State", "controls", "Rawa") in triples
    assert ("Islamic State", "controls", "Haditha") not in triples


def test_the_town_still_takes_up_the_last_town_named():
    text = "Iraqi troops massed on Sunday outside Rawa. The Islamic State has held the town since 2014."
    assert ("Islamic State", "controls", "Rawa") in _triples(text)
