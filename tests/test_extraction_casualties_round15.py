"""Casualty figures, round 15: a toll that "had reached" a figure (no "to"), one adviser or instructor killed,
named in an apposition ("an Iranian military adviser, X Y, was martyred"), and the share of a toll told after a
comma by who the victims were ("741 were killed …, 410 of them civilians"). Sentences are our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures


def _figures(text: str) -> list[tuple[str, int | None, int | None, int | None, str | None]]:
    return [(f.status, f.count, f.min_count, f.max_count, f.victim_side) for f in find_figures(text, 0, [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A councillor said the death toll had reached 27 by the evening.", [("killed", 27, None, None, None)]),
        ("By Friday the toll reached at least 12, doctors said.", [("killed", None, 12, None, None)]),
        ("The number of wounded reached 40 overnight.", [("injured", 40, None, None, None)]),
    ],
)
def test_a_toll_that_reached_a_figure(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A Russian military instructor was killed near the airbase on Tuesday.",
        "Separately, an Iranian adviser, Hossein Karimi Nejad, was martyred near the village by a mortar round.",
    ],
)
def test_one_adviser_or_instructor_killed(text: str) -> None:
    assert [(status, count) for status, count, *_ in _figures(text)] == [("killed", 1)]


def test_a_share_of_a_toll_told_after_a_comma() -> None:
    text = "The mission said 615 people were killed in acts of violence in May, 388 of them civilians, it added."
    assert _figures(text) == [("killed", 615, None, None, "civilians"), ("killed", 388, None, None, "civilians")]


@pytest.mark.parametrize(
    "text",
    [
        # a breakdown by age or sex names no other victim group
        "The group recorded the deaths of 150 civilians in June, 41 of whom were children.",
        # where or how, not who
        "Raids killed 52 people in the province on Sunday, 17 of them in a single strike on a market.",
    ],
)
def test_a_share_by_age_place_or_means_is_no_figure(text: str) -> None:
    assert len(_figures(text)) == 1
