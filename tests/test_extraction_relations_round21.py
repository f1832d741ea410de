"""Relations revised for unseen articles (round twenty-one), each read through the whole pipeline.

Phrases news text uses for lasting control that the earlier rounds missed:

- "X, which they have held since January" / "which the militants have held since 2014": a pronoun or a bare
  fighters' noun as the holder takes up the armed group the sentence has just named, as "its" does;
- "which the Islamic State (ISIS) and tribal fighters have held": unnamed allies after the holder leave the
  holder the holder.

Every case is a sentence written for this test in the manner of an outlet.
"""

from __future__ import annotations

import pytest
from test_extraction_relations_round20 import _relations


@pytest.mark.parametrize(
    "text",
    [
        "Government troops cut the last road used by Daesh into Ramadi, which they have held since May.",
        "Army units are now fighting the Islamic State on the outskirts of Ramadi, which the militants have "
        "held since last spring.",
    ],
)
def test_a_pronoun_holder_takes_up_the_group_just_named(text: str) -> None:
    found = _relations(text)
    assert ("Islamic State", "controls", "Ramadi") in found, found


def test_a_holder_with_unnamed_allies_still_holds() -> None:
    found = _relations(
        "Artillery shelled two districts of Ramadi, which the Islamic State (IS) and local tribal fighters "
        "have held since the spring."
    )
    assert ("Islamic State", "controls", "Ramadi") in found, found


def test_a_pronoun_holder_without_an_armed_group_controls_nothing() -> None:
    found = _relations("Iraqi officials visited Ramadi, which they have held since May, on Tuesday.")
    assert not any(p == "controls" and o == "Ramadi" for _, p, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces began an offensive on Monday to retake Ramadi, the city in Anbar province held by the "
        "Islamic State since May.",
        "Troops closed in on Ramadi, a city held by the Islamic State for more than a year.",
    ],
)
def test_a_place_described_in_apposition_as_held_is_controlled(text: str) -> None:
    found = _relations(text)
    assert ("Islamic State", "controls", "Ramadi") in found, found


def test_a_span_of_time_between_held_and_its_holder() -> None:
    found = _relations(
        "The army captured Kinsabba, which had been held since 2012 by Jabhat al-Nusra and Ahrar al-Sham, on "
        "Sunday."
    )
    assert ("Ahrar al-Sham", "controls", "Kinnsibba") in found, found


def test_most_of_which_is_under_the_control_of() -> None:
    found = _relations(
        "Shells fell on Quneitra province, most of which has been under the control of opposition groups since "
        "last year."
    )
    assert ("Syrian opposition armed groups", "controls", "Quneitra Governorate") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Militants shelled the village of Muazzara, which is controlled by formations of the Ahrar al-Sham group, "
        "the ministry said.",
        "Militants shelled the village of Muazzara in the south-west of the Idlib de-escalation zone, which is "
        "controlled by units of Ahrar al-Sham, the ministry said.",
    ],
)
def test_a_place_held_by_formations_of_a_group(text: str) -> None:
    found = _relations(text)
    assert ("Ahrar al-Sham", "controls", "Muazzara") in found, found
