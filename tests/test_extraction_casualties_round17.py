"""Casualty figures, round 17: tolls a source puts or revises ("put the toll at seven killed and said 14 people had
been wounded", "putting the dead at 14 militants and five policemen", "put the civilian toll at 10", "put the toll
at 31, and later raised it to 34"), a hedged share ("received 12 bodies, at least seven of them civilians"), bodies
found in the passive, one victim named by the group he was one of, a so-called member, and "killing the two people
inside". Sentences are our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.status, f.count, f.min_count) for f in find_figures(text, 0, [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A monitoring group put the toll at nine killed and said 20 people had been wounded.",
            [("killed", 9, None), ("injured", 20, None)],
        ),
        (
            "A hospital official said the fighting had ended, putting the dead at 11 gunmen and three soldiers.",
            [("killed", 11, None), ("killed", 3, None)],
        ),
        ("By the evening the council had put the civilian toll at 16.", [("killed", 16, None)]),
        (
            "The monitor put the toll at 18 in the morning and later raised it to 22, warning of more deaths.",
            [("killed", 18, None), ("killed", 22, None)],
        ),
        (
            "The morgue in the city received 15 bodies, at least six of them civilians.",
            [("killed", 15, None), ("killed", None, 6)],
        ),
        ("Villagers said the bodies of three of them were found near the canal on Friday.", [("killed", 3, None)]),
        (
            "Abu Khalil al-Shami, one of the founding commanders of the brigade in the northern countryside, was "
            "killed in the raid.",
            [("killed", 1, None)],
        ),
        (
            "The drone hit a pickup truck, killing a so-called senior member of the cell behind the bombings.",
            [("killed", 1, None)],
        ),
        ("A rocket struck a minibus near the checkpoint, killing the three passengers inside.", [("killed", 3, None)]),
    ],
)
def test_tolls_put_revised_and_shared(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


def test_raised_it_needs_a_number_at_the_end_of_the_clause() -> None:
    assert _figures("The ministry raised it to 40 percent of the budget.") == []
