"""Round 22 (casualties): "large numbers of" is a vague quantity; a victim told by an ordinal ("a third passenger")
wounded is one more injured; tourists, workers and drivers are civilians; a suicide bomber is no dead of his own
beside the toll told after him. Texts are our own."""

from __future__ import annotations

from kg.extraction.casualties import find_figures


def _figures(text: str) -> list[tuple]:
    return [(f.status, f.count, f.min_count, f.max_count, f.victim_side) for f in find_figures(text, 0, [], set())]


def test_casualties_large_numbers_of_fighters_killed_is_a_figure_without_numbers():
    text = "A field commander said his units killed large numbers of militants and burned their depots near the dam."
    assert _figures(text) == [("killed", None, None, None, "nonstate")]


def test_casualties_large_numbers_of_civilians_wounded_in_the_passive():
    text = "Large numbers of civilians were wounded when the market was hit on Tuesday."
    assert _figures(text) == [("injured", None, None, None, "civilians")]


def test_casualties_an_ordinal_victim_wounded_is_one_more_injured():
    text = "Two men died in the blast, the monitor said, and a fourth passenger was critically injured."
    assert ("injured", 1, None, None, "civilians") in _figures(text)


def test_casualties_tourists_and_workers_are_civilians():
    assert _figures("The shells hit a lakeside park, killing seven tourists from Basra.") == [
        ("killed", 7, None, None, "civilians")
    ]
    assert _figures("A drone strike on the oil field wounded three foreign workers.") == [
        ("injured", 3, None, None, "civilians")
    ]


def test_casualties_a_bomber_is_not_added_to_the_toll_told_after_him():
    text = "A suicide bomber blew himself up at a wedding hall in Kirkuk, killing at least 15 guests."
    assert [(s, c, low) for s, c, low, _, _ in _figures(text)] == [("killed", None, 15)]


def test_casualties_a_bomber_without_a_toll_is_still_dead():
    text = "The cell leader blew himself up when troops surrounded his hideout."
    assert [(s, c) for s, c, *_ in _figures(text)] == [("killed", 1)]
