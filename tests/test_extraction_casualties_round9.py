"""Casualty figures, round 9: a second figure after a killed/martyred clause, thousands written with a comma
inside a victim phrase, "neutralised" tolls, injuries caused to a group, recovered bodies, kin killed with
the first victim. Sentences are our own."""

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
