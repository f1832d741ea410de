"""Round 18: 'executed' counts people only before a noun for people; a label the killers give their victims, often
in scare quotes ('executed 190 "apostates"', 'executed 12 “spies”', 'executed 30 traitors'), is such a noun, while
'executed three operations' stays no toll. Texts are our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures


def _figures(text: str) -> list[tuple]:
    return [(f.status, f.count) for f in find_figures(text, 0, [], {})]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ('The group said in a statement that it had executed 45 "apostates."', [("killed", 45)]),
        ("Local sources said the militants executed 12 “spies” in the main square.", [("killed", 12)]),
        ("The cell executed 30 traitors near the river, the police said.", [("killed", 30)]),
        ("The group executed three operations against the army last week.", []),
    ],
)
def test_extraction_casualties_executed_victims_labelled_by_their_killers(text: str, wanted: list[tuple]) -> None:
    assert _figures(text) == wanted
