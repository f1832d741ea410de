"""Event roles, round 15: the side a captured place was taken from, with
sentences written for the test in other outlets' styles (none copied from an evaluation article).

- "Government troops entered the town, after fighters of X and factions of Y pulled out of it": the side that
  withdrew, in a clause after the capture (often read as an event of its own), lost the place; only the clause's
  subject counts ("Peshmerga units loyal to the KDP withdrew": not the KDP).
- "liberated Fallujah, which ISIS militants had held since 2014", "a town that the IS group had held",
  "the dam, which had been held by the Islamic State": the side that held the place lost it.
- "Troops of X, backed by fighters of Y, retook the refinery": the backing force still acts (no loser is read).
- "attacked a village held by PMF fighters", "an offensive against the last pocket held by IS": the holder of the
  place hit is attacked, not an agent ("by"); "shells fired from positions held by X": X fired.
- "it would withdraw its troops from the UNDOF mission": the force left is no agent (not "troops from X").
"""

from __future__ import annotations

import pytest
from test_extraction_roles_round14 import _event


@pytest.mark.parametrize(
    "body, losers",
    [
        (
            "Government troops and allied militias entered the town of Kafr Nabl on Monday evening, after fighters"
            " of Jaish al-Izza and factions of the National Front for Liberation withdrew from it, activists said.",
            ["Jaysh al-Izza", "National Front for Liberation"],
        ),
        (
            "Islamic State militants seized Ramadi on Sunday, as Iraqi army units abandoned their posts.",
            ["Iraqi Army"],
        ),
    ],
)
def test_the_side_that_withdrew_after_a_capture_lost_the_place(body: str, losers: list[str]) -> None:
    event = _event(body, "Capture")
    assert event["targets"] == losers
    assert not set(losers) & set(event["agents"])


def test_only_the_subject_of_the_withdrawal_clause_lost_the_place() -> None:
    body = "The Iraqi army took control of Sinjar on Tuesday, when Peshmerga units loyal to the KDP pulled out."
    event = _event(body, "Capture")
    assert event["agents"] == ["Iraqi Army"]
    assert event["targets"] == ["Peshmerga"]


@pytest.mark.parametrize(
    "body",
    [
        "On Friday, units of the Iraqi army liberated Fallujah, which ISIS militants had held since January 2014.",
        "The SDF captured the Tabqa dam, which had been held by the Islamic State since 2014.",
        "Kurdish fighters on Friday took full control of Tal Hamis, a town in Hasakah province that the Islamic State"
        " (IS) group had held for a year.",
    ],
)
def test_the_side_that_held_a_captured_place_lost_it(body: str) -> None:
    event = _event(body, "Capture")
    assert event["targets"] == ["Islamic State"]
    assert "Islamic State" not in event["agents"]


def test_a_ground_force_backing_a_capture_still_acts() -> None:
    body = (
        "Troops of the Counter-Terrorism Service, backed by fighters of the Popular Mobilization Forces, retook"
        " Baiji."
    )
    assert _event(body, "Capture")["agents"] == ["Iraqi Counter-Terrorism Service", "Popular Mobilization Forces"]


@pytest.mark.parametrize(
    "body, kind, agents, targets",
    [
        (
            "Peshmerga forces attacked a village held by PMF fighters near Daquq on Monday.",
            "Attack",
            ["Peshmerga"],
            ["Popular Mobilization Forces"],
        ),
        (
            "The SDF resumed its offensive against the last pocket held by the Islamic State group on Friday.",
            "MilitaryOperation",
            ["Syrian Democratic Forces"],
            ["Islamic State"],
        ),
    ],
)
def test_the_holder_of_a_place_hit_is_attacked_and_no_agent(
    body: str, kind: str, agents: list[str], targets: list[str]
) -> None:
    event = _event(body, kind)
    assert event["agents"] == agents
    assert event["targets"] == targets


def test_the_holder_of_positions_fired_from_is_the_agent() -> None:
    body = "Artillery shells fired from positions held by Jaysh al-Islam landed in the Abbasiyin district."
    event = _event(body, "Shelling")
    assert event["agents"] == ["Jaysh al-Islam"]
    assert "Jaysh al-Islam" not in event["targets"]


def test_the_force_a_withdrawal_leaves_is_no_agent() -> None:
    body = "Canada said on Monday that it would withdraw its 40 troops from the UNDOF mission, citing the shelling."
    event = _event(body, "Withdrawal")
    assert event["agents"] == ["Canada"]
