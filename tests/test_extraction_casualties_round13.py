"""Casualty figures, round 13: an apposition between the figure and its verb ("18 people, most of them
civilians, were killed"), the number of martyrs put at a figure, one victim named with "the … of" and a teenager as
one victim. Sentences are our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures
from kg.model import EntitySpan


def _figures(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(f.status, f.count, f.min_count, f.max_count) for f in find_figures(text, 0, [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition saying who most of the victims were
        (
            "At least 23 people, most of them farmers, were killed when the mortar rounds hit the market.",
            [("killed", None, 23, None)],
        ),
        ("Nine fighters, many of them foreigners, were killed in the raid.", [("killed", 9, None, None)]),
        # the number of martyrs put at a figure, with an adjective before the noun
        ("Local sources had put the number of Afghan martyrs at six.", [("killed", 6, None, None)]),
        # one victim named by his office
        ("Gunmen shot dead the mayor of Tal Hamis on Monday night.", [("killed", 1, None, None)]),
        ("The strike caused the death of the commander of the battalion.", [("killed", 1, None, None)]),
        # a teenager as one victim
        (
            "The drone killed two farmers and wounded a teenage girl.",
            [("killed", 2, None, None), ("injured", 1, None, None)],
        ),
    ],
)
def test_casualties_round13(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower or higher figure than one told before is a toll
        ("Police sources gave a higher figure of eleven.", [("killed", 11, None, None)]),
        ("A count of 12 vehicles was made.", []),
        # a long apposition between the figure and its verb
        (
            "Over 40 fighters, including several commanders of the Liwa al-Haqq brigade (formerly of the Tawhid front),"
            " were killed in the battle.",
            [("killed", None, 41, None)],
        ),
    ],
)
def test_casualties_round13_figures_and_appositions(text, expected):
    assert _figures(text) == expected


def test_a_group_called_by_its_name_is_a_figure_of_its_own():
    text = "The monitor said 14 militants and six Hezbollah fighters had been killed since Friday."
    start = text.index("Hezbollah")
    spans = [EntitySpan(start, start + len("Hezbollah"), "Hezbollah", "HZB", "actor")]
    found = [(f.status, f.count) for f in find_figures(text, 0, spans, set())]
    assert found == [("killed", 14), ("killed", 6)]


def test_an_age_alone_names_one_victim():
    assert _figures("A shell hit the camp on Monday, killing a 12-year-old and wounding two others.")[0] == (
        "killed", 1, None, None,
    )
