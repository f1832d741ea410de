"""Casualty figures, round 11: tolls told as noun phrases, by victim group, and over long phrases. Sentences are
our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures
from kg.model import EntitySpan


def _figures(text: str, spans: list[EntitySpan] | None = None):
    return [(f.status, f.count, f.min_count, f.max_count) for f in find_figures(text, 0, spans or [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long phrase between the toll and its figure
        (
            "Officials put the death toll from the overnight shelling of the eastern districts of the town at 12.",
            [("killed", 12, None, None)],
        ),
        ("The monitor put the toll for the two days of battles at more than 40.", [("killed", None, 41, None)]),
        # "the number" alone, a figure told earlier
        ('A local commander put the number at "no more than 20", saying the rest fled.', [("killed", None, None, 20)]),
        # a toll by victim group
        (
            "The monitor put the toll of the battle for the hill since Monday at 14 soldiers and 9 rebels.",
            [("killed", 14, None, None), ("killed", 9, None, None)],
        ),
    ],
)
def test_toll_put_at(text, expected):
    assert _figures(text) == expected


def test_number_displaced_is_no_toll():
    assert _figures("Aid groups put the number of displaced families at 3,000.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group had first given a toll of 8.", [("killed", 8, None, None)]),
        ("Hospital staff reported a death toll of at least 30 on Friday.", [("killed", None, 30, None)]),
        ("The strike left a toll of 70 percent of the houses damaged.", []),
    ],
)
def test_toll_of(text, expected):
    assert _figures(text) == expected


def test_number_of_victims_killed_was():
    assert _figures("The number of soldiers killed was 45, the ministry said.") == [("killed", 45, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said 40 terrorists were destroyed in the strikes.", [("killed", 40, None, None)]),
        ("Up to 15 militants have been destroyed overnight, the general said.", [("killed", None, None, 15)]),
    ],
)
def test_fighters_destroyed_are_dead(text, expected):
    assert _figures(text) == expected


def test_things_destroyed_are_no_casualties():
    assert _figures("Four armoured vehicles and two depots were destroyed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six aid workers, four nurses and two drivers, lost their lives in the raid.", [("killed", 6, None, None)]),
        ("Nine soldiers, eight privates and an officer, were wounded by the mine.", [("injured", 9, None, None)]),
    ],
)
def test_figure_with_breakdown_in_apposition(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shell hit the van on the highway, killing its driver, a father of four.", [("killed", 1, None, None)]),
        ("The bomb wounded their commander near the base.", [("injured", 1, None, None)]),
        ("Medics said a second soldier, his cousin, was lightly injured.", [("injured", 1, None, None)]),
    ],
)
def test_one_victim_named_by_possessive_or_ordinal(text, expected):
    assert _figures(text) == expected


def test_possessive_plural_is_no_single_victim():
    assert _figures("The raid killed its members in the cave.") == []
