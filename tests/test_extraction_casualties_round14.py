"""Casualty figures, round 14: a share of a toll told by who the victims were ("nine of the dead were
soldiers"), kept although "one of the wounded later died" names no new victims, and hunters or herders as civilian
victims in a breakdown, a group added "along with" the figure, and "the number of bodies received" put at a
figure. Sentences are our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures


def _figures(text: str) -> list[tuple[str, int | None, int | None, int | None, str | None]]:
    return [(f.status, f.count, f.min_count, f.max_count, f.victim_side) for f in find_figures(text, 0, [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor said nine of the dead were soldiers.", [("killed", 9, None, None, "state")]),
        ("Four of the wounded were villagers from the nearby farms.", [("injured", 4, None, None, "civilians")]),
        ("Medics said one of the wounded later died in hospital.", []),
        # a state, not a share: no new victims
        ("Three of the injured were in a critical condition at the clinic.", []),
    ],
)
def test_a_share_of_the_toll(text: str, expected: list[tuple[str, int | None, int | None, int | None, str | None]]):
    assert _figures(text) == expected


def test_hunters_are_civilians_in_a_breakdown():
    text = "Mines have killed 40 people this winter, among them 22 hunters, the group said."
    assert _figures(text) == [("killed", 40, None, None, "civilians"), ("killed", 22, None, None, "civilians")]


def test_a_group_added_with_along_with_is_a_figure_of_its_own():
    text = "The monitor said at least nine policemen had died in the clashes, along with 14 militants."
    assert _figures(text) == [("killed", None, 9, None, "state"), ("killed", 14, None, None, "nonstate")]


def test_the_number_of_bodies_put_at_a_figure():
    text = "A hospital director put the number of bodies received at 48."
    assert _figures(text) == [("killed", 48, None, None, None)]
