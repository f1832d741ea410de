"""Round 19 (casualties): the dead counted as bodies a hospital, a morgue or rescuers took in, told by who they
were ("the hospital received the bodies of four members of the National Guard"). Bodies "found" tell a discovery,
which annotators code as an event of its own, so they are left to other rules. Texts are our own."""

from __future__ import annotations

from kg.extraction.casualties import find_figures


def _figures(text: str) -> set[tuple]:
    return {(f.status, f.count) for f in find_figures(text, 0, [], [])}


def test_extraction_casualties_bodies_received_of_a_named_group():
    text = "A doctor said the hospital in Tal Tamr received the bodies of three members of the border guard and a boy."
    assert ("killed", 3) in _figures(text)


def test_extraction_casualties_bodies_recovered_of_soldiers():
    text = "Civil defence teams later recovered the bodies of seven soldiers from under the rubble of the barracks."
    assert ("killed", 7) in _figures(text)


def test_extraction_casualties_bodies_found_are_left_to_other_rules():
    text = "Farmers found the bodies of nine men near the canal on Sunday morning."
    assert not any(f.rule == "cas.received_bodies_of" for f in find_figures(text, 0, [], []))
