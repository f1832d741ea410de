"""Relations revised for unseen articles (round twenty-three), each read through the whole pipeline.

Phrases the earlier rounds missed:

- "P is the last stronghold of A", also after an appositive ("P, perched on a hill, is the main stronghold of
  A"): the copula says what "P, the stronghold of A" says;
- "the terrorist X's so-called Y": an armed group called a man's is the group he leads;
- "X has been operating from the Y airbase": a force operating from a place is based there;
- "P, perched on a ridge of Q": the nearest place after the verb holds P;
- "the airbase in the central Syrian province of Homs": a country adjective before the area does not hide it.

Every case is a sentence written for this test in the manner of an outlet.
"""

from __future__ import annotations

import pytest
from test_extraction_relations_round20 import _relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Douma is still the main stronghold of Jaish al-Islam, local activists said on Monday.",
            ("Jaysh al-Islam", "controls", "Douma"),
        ),
        (
            "Saraqib, lying on the main highway, remains the last major stronghold of Hayat Tahrir al-Sham in "
            "the area.",
            ("Hayat Tahrir al-Sham", "controls", "Saraqib"),
        ),
    ],
)
def test_a_place_is_the_stronghold_of_a_group(text: str, expected: tuple[str, str, str]) -> None:
    found = _relations(text)
    assert expected in found, found


def test_a_past_stronghold_is_no_control() -> None:
    found = _relations("Douma was the main stronghold of Jaish al-Islam until the army retook it in 2018.")
    assert ("Jaysh al-Islam", "controls", "Douma") not in found, found


def test_a_group_called_a_mans_is_the_group_he_leads() -> None:
    found = _relations(
        'Fighters loyal to the slain Zahran Alloush\'s so-called "Jaish al-Islam" shelled the suburb overnight.'
    )
    assert ("Zahran Alloush", "leads", "Jaysh al-Islam") in found, found


def test_a_force_operating_from_an_airbase_operates_there() -> None:
    found = _relations(
        "Since late 2015 the Russian aviation group has operated mainly out of the Hmeimim airbase on the coast."
    )
    assert any(p == "operatesIn" and o == "Hmeimim Air Base" for _, p, o in found), found


def test_a_village_perched_on_a_mountain_lies_in_it() -> None:
    found = _relations(
        "Kabani, perched on the slopes of the Jabal al-Akrad, came under heavy shelling in the north of Latakia "
        "province on Friday."
    )
    assert ("Kabani", "locatedIn", "Jabal al-Akrad") in found, found


def test_a_country_adjective_before_the_province() -> None:
    found = _relations("Israeli missiles struck the Shayrat airbase in the central Syrian province of Homs overnight.")
    assert ("Shayrat Airbase", "locatedIn", "Homs Governorate") in found, found
