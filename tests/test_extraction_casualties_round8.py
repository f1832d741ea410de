"""Casualty figures, round 8: victims described by age or by an abbreviated nationality, kin and colleagues
counted with the first victim, tolls revised with a time phrase, quoted figures, and wounded counted as an
adjective ("received 30 wounded soldiers"). Sentences are our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures
from kg.model import EntitySpan


def _figures(text: str, spans: list[EntitySpan] | None = None):
    return [(f.status, f.count, f.min_count, f.max_count) for f in find_figures(text, 0, spans or [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Masked men shot dead a 45-year-old farmer near the well on Tuesday.", [("killed", 1, None, None)]),
        ("An 8-year-old girl was wounded by shrapnel in the courtyard.", [("injured", 1, None, None)]),
        ("The mortar round killed an elderly aid worker outside the clinic.", [("killed", 1, None, None)]),
        ("A French special forces soldier was killed in the raid, Paris said.", [("killed", 1, None, None)]),
    ],
)
def test_one_victim_described_by_age_nationality_or_unit(text, expected):
    assert _figures(text) == expected
