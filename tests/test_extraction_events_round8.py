"""Events, round 8: causes found on the dev14 and dev15 sets, each with sentences written for the test in other
outlets' styles (none copied from an evaluation article).

- "a series of strikes", "a wave of bombings" read as a habit when undated; told with the day it happened
  ("on Friday carried out a series of strikes", "yesterday") they are that day's incident.
- A sentence that opens on a day of its own ("On Thursday night, …") after an undated incident somewhere else is
  another incident, though the same side acts in both: a car bomb in a Baghdad market and, "on Thursday night",
  an infiltration on the border are two events.
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


def test_an_opening_day_after_an_undated_incident_elsewhere_starts_another() -> None:
    body = (
        "Two weeks ago a car bomb exploded at a vegetable market in the Jamila area of eastern Baghdad, killing "
        "23 people. Daesh claimed responsibility for the blast.\n\n"
        "On Monday night, border guards foiled an attempt by Daesh fighters to sneak across from Syria near "
        "al-Qaim, killing three of them."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Bombing(IED)", "Clash"]
    bombing, clash = events
    assert [(c["count"], c["status"]) for c in bombing["casualties"]] == [(23, "killed")]
    assert clash["date"] == "2021-06-07"
    assert [(c["count"], c["status"]) for c in clash["casualties"]] == [(3, "killed")]



def test_a_captured_official_is_a_man_taken_not_a_place_taken() -> None:
    events = _extract("ISIS fighters captured the deputy governor and two officials in Mosul on Monday.")["events"]
    assert [e["type"] for e in events] == ["Other"]


def test_troops_poured_into_a_province_are_a_deployment() -> None:
    events = _extract("The army has rushed hundreds of troops into Daraa province on Sunday, a source said.")["events"]
    assert [(e["type"], e["places"]) for e in events] == [("Deployment", ["Daraa Governorate"])]


@pytest.mark.parametrize(
    "body",
    [
        "Islamic State militants executed at least nine men in a public square in al-Bab on Tuesday.",
        "Eleven detainees were summarily executed near the prison in Tabqa on Tuesday, the monitor said.",
    ],
)
def test_executions_are_an_attack(body: str) -> None:
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Attack"]


def test_executing_strikes_is_no_execution() -> None:
    events = _extract("Russian jets executed dozens of strikes on the outskirts of Palmyra on Tuesday.")["events"]
    assert [e["type"] for e in events] == ["Airstrike"]


def test_a_capture_named_as_a_noun_with_its_day_is_told_there() -> None:
    events = _extract("In Anbar, the fall of Hit on Sunday has forced the government to call on tribal fighters.")[
        "events"
    ]
    assert [(e["type"], e["date"]) for e in events] == [("Capture", "2021-06-06")]
    assert "Hit" in events[0]["places"]


def test_a_capture_noun_refers_back_to_the_capture_told() -> None:
    body = (
        "Kurdish fighters captured the town of Tal Abyad on Sunday after a two-week offensive.\n\n"
        "The capture of Tal Abyad cuts a key supply line of the militants."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Capture"]


@pytest.mark.parametrize(
    "body",
    [
        "US commandos carried out a raid in Deir ez-Zor on Monday that led to the capture of Abu Khalid al-Iraqi.",
        "The militants were tightening their grip on Baiji on Monday, weeks after the fall of Tikrit.",
    ],
)
def test_no_capture_of_a_man_nor_one_that_only_dates(body: str) -> None:
    assert "Capture" not in [e["type"] for e in _extract(body)["events"]]


def test_quoted_fierce_clashes_are_the_battle_for_the_capture() -> None:
    body = (
        "Syrian army troops have liberated the town of Mayadin from Daesh terrorists, a military source said.\n\n"
        "The source said army units took full control of the town after “fierce clashes” and were now clearing "
        "mines left behind by the terrorists."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Capture"]
    assert events[0]["agents"] == ["Syrian Arab Army"]
    assert events[0]["targets"] == ["Islamic State"]


def test_a_source_after_but_speaks_for_the_act_the_contrast_tells_on() -> None:
    body = (
        "A military source said the army had entered the town of Mayadin. On Tuesday night, ISIS fighters "
        "launched a counterattack on army posts west of the town, but the assault was repelled, the source added."
    )
    attack = next(e for e in _extract(body)["events"] if e["type"] == "Attack")
    assert attack["attributed_to"] == "military source"
