"""Events, round 8: causes found on the dev14 and dev15 sets, each with sentences written for the test in other
outlets' styles (none copied from an evaluation article).

- "a series of strikes", "a wave of bombings" read as a habit when undated; told with the day it happened
  ("on Friday carried out a series of strikes", "yesterday") they are that day's incident.
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Iraqi jets on Friday carried out a series of strikes on Daesh hideouts near Rutba, the command said.",
            [("Airstrike", "2021-06-04")],
        ),
        (
            "A wave of car bombings struck markets in eastern Baghdad yesterday, killing 31 people.",
            [("Bombing(IED)", "2021-06-08")],
        ),
        (
            "Turkish drones carried out a string of strikes on PKK positions in the Qandil mountains on 2 June.",
            [("Airstrike", "2021-06-02")],
        ),
    ],
)
def test_a_series_told_with_its_day_is_that_days_incident(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(e["type"], e["date"]) for e in _extract(body)["events"]] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Turkish drones have carried out a series of strikes on PKK positions in the Qandil mountains since 2019.",
        "The militants have waged a wave of attacks on army posts in the desert around Rutba.",
    ],
)
def test_an_undated_series_is_still_a_habit(body: str) -> None:
    assert _extract(body)["events"] == []

