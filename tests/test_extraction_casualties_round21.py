"""Round 21 (casualties): a person named just before a figure that counts his own people ("X and two of his guards
were killed", "X and his two sons were wounded") is one more of the victims. Texts are our own."""

from __future__ import annotations

from kg.extraction.casualties import find_figures
from kg.model import EntitySpan

_PERSON = "https://example.org/person/x"


def _figures(text: str, name: str) -> list[tuple]:
    start = text.index(name)
    spans = [EntitySpan(start, start + len(name), name, _PERSON, "actor")]
    return [(f.status, f.count, f.led_by) for f in find_figures(text, 0, spans, {_PERSON})]


def test_casualties_a_named_person_and_his_men_are_counted_together():
    text = "Officials said Colonel Saad Karim and four of his bodyguards were killed in the ambush."
    assert _figures(text, "Saad Karim") == [("killed", 5, _PERSON)]


def test_casualties_a_named_person_and_his_kin_are_counted_together():
    text = "Sheikh Omar Hadid and his three sons were wounded when the shell hit their house."
    assert _figures(text, "Omar Hadid") == [("injured", 4, _PERSON)]


def test_casualties_a_named_person_beside_other_victims_is_not_added():
    text = "Sheikh Omar Hadid and three soldiers were wounded when the shell hit the post."
    assert [(s, c) for s, c, _ in _figures(text, "Omar Hadid")] == [("injured", 3)]
