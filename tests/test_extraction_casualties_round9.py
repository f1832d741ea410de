"""Casualty figures, round 9: a second figure after a killed/martyred clause, thousands written with a comma
inside a coordinated victim phrase. Sentences are our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures
from kg.model import EntitySpan


def _figures(text: str, spans: list[EntitySpan] | None = None):
    return [(f.status, f.count, f.min_count, f.max_count) for f in find_figures(text, 0, spans or [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six policemen were martyred and 21 others wounded in the night raid, the governor said.",
            [("killed", 6, None, None), ("injured", 21, None, None)],
        ),
        (
            "Two guards were executed and four others injured during the prison riot.",
            [("killed", 2, None, None), ("injured", 4, None, None)],
        ),
        ("Nine fighters killed in the ambush were buried on Friday.", [("killed", 9, None, None)]),
    ],
)
def test_second_figure_after_a_passive_clause(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since March, over 250 Peshmerga and at least 2,400 jihadists have been killed in the province.",
            [("killed", None, 251, None), ("killed", None, 2400, None)],
        ),
        (
            "The monitor said 3,100 civilians and 1,250 soldiers had been killed since 2015.",
            [("killed", 3100, None, None), ("killed", 1250, None, None)],
        ),
    ],
)
def test_thousands_with_a_comma_inside_a_coordinated_victim_phrase(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brigade said it had killed 40 attackers and lost only three.",
            [("killed", 40, None, None), ("killed", 3, None, None)],
        ),
        ("Its commander said the unit lost just two in the night battle.", [("killed", 2, None, None)]),
        ("The rebels lost only two tanks and a truck.", []),
    ],
)
def test_the_fighters_lost_only_n(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The attackers withdrew after suffering heavy losses.",
        "The convoy turned back, sustaining significant casualties on the way.",
    ],
)
def test_losses_told_with_a_participle(text):
    assert _figures(text) == [("killed_or_injured", None, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said the three men killed were smugglers.", [("killed", 3, None, None)]),
        ("Doctors said the five people wounded were farmers.", [("injured", 5, None, None)]),
    ],
)
def test_a_figure_told_as_the_subject_of_were(text, expected):
    assert _figures(text) == expected
