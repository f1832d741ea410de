"""Casualty figures, round 16: one fighter ("a fighter from the movement") is a victim of an armed side, as
fighters are, so a second group after "and" is read as a figure of its own. (A bare "member" stays unread: "a
civilian and a member" names no side.) Sentences are our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures


def _figures(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(f.status, f.count, f.victim_side) for f in find_figures(text, 0, [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fighting killed four members of the smuggling ring and a fighter from the local brigade.",
            [("killed", 4, "nonstate"), ("killed", 1, "nonstate")],
        ),
        (
            "The shelling wounded two residents and a fighter of the village guard.",
            [("injured", 2, "civilians"), ("injured", 1, "nonstate")],
        ),
    ],
)
def test_one_fighter_after_and_is_a_group_of_its_own(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected
