"""Relations revised for unseen articles (round twenty-three), each read through the whole pipeline.

Phrases the earlier rounds missed:

- "P is the last stronghold of A", also after an appositive ("P, perched on a hill, is the main stronghold of
  A"): the copula says what "P, the stronghold of A" says;
- "the terrorist X's so-called Y": an armed group called a man's is the group he leads;
- "X has been operating from the Y airbase": a force operating from a place is based there;
- "P, perched on a ridge of Q": the nearest place after the verb holds P;
- "the airbase in the central Syrian province of Homs": a country adjective before the area does not hide it;
- "A member of the Nineveh provincial council, X, said": the role and its body before the name;
- "X is merely a front for Y": a front group is part of the group it fronts for;
- "the Zap region of Duhok province", the resolver taking "Zap region" as the name: the area word inside the
  name still introduces the container (but "northern Iraq", a compass part of a country, contains nothing);
- "X is trained and advised by Y": Y backs X; "Party (ACR) leader X": the acronym does not hide the party X leads;
- "Units of the army, in cooperation with the X, cleared": forces acting in cooperation are allies;
- "X, which runs security in P", "X has expanded its footprint in P", "P has long been a refuge for X": X
  operates in P; in "X, the affiliate of Y that has expanded its operations into P" the clause is about X;
- "P, the last post, where troops are deployed", "has established more than 40 posts and strongholds in P",
  "P, which the army and its allied factions have held": the appositive, the count and the allies do not
  hide the presence or the control.

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


def test_a_role_and_its_body_before_the_name() -> None:
    found = _relations(
        "A member of the Nineveh provincial council, Hossam al-Abbar, told reporters that the road was reopened."
    )
    assert ("Hossam al-Abbar", "memberOf", "Nineveh Provincial Council") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Western officials say Ashab al-Kahf is merely a front for Kata'ib Hezbollah.",
        "Ashab al-Kahf is widely believed to be a facade for Kata'ib Hezbollah, analysts say.",
    ],
)
def test_a_front_group_is_part_of_the_group_it_fronts_for(text: str) -> None:
    found = _relations(text)
    assert ("Ashab al-Kahf", "partOf", "Kata'ib Hezbollah") in found, found


def test_the_area_word_inside_the_name_before_its_container() -> None:
    found = _relations("Turkish drones hit a vehicle in the Zap region of Duhok province on Thursday.")
    assert ("Zap", "locatedIn", "Duhok Governorate") in found, found


def test_a_compass_part_of_a_country_is_no_container_for_a_named_region() -> None:
    found = _relations("Turkish jets bombed the Haftanin region of northern Iraq on Monday.")
    assert not any(p == "locatedIn" and o == "Northern Iraq" for _, p, o in found), found


def test_a_group_advised_by_a_force_is_backed_by_it() -> None:
    found = _relations("Harakat al-Nujaba is trained and advised by the IRGC Quds Force, according to the report.")
    assert ("Quds Force", "supports", "Harakat Hezbollah al-Nujaba") in found, found


def test_a_force_that_dominates_security_in_a_province_operates_there() -> None:
    found = _relations("Residents complain about the Badr Organization, which now runs security in Diyala.")
    assert ("Badr Organization", "operatesIn", "Diyala Governorate") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over the past year the Turkish army has steadily expanded its footprint in Duhok province.",
            ("Turkish Armed Forces", "operatesIn", "Duhok Governorate"),
        ),
        (
            "Jabhat al-Nusra, the Syrian affiliate of al-Qaeda that has recently expanded its operations into "
            "Lebanon, claimed the bombing.",
            ("Hayat Tahrir al-Sham", "operatesIn", "Lebanon"),
        ),
    ],
)
def test_a_force_expanding_its_presence_operates_there(text: str, expected: tuple[str, str, str]) -> None:
    found = _relations(text)
    assert expected in found, found
    assert not any(s == "al-Qaeda" and p == "operatesIn" for s, p, _ in found), found


def test_a_place_that_is_a_refuge_for_a_group() -> None:
    found = _relations(
        "The Hamrin mountains, which run for about 100 kilometres, have long been a refuge for Islamic State remnants."
    )
    assert ("Islamic State", "operatesIn", "Hamrin Mountains") in found, found


def test_where_troops_are_stationed_after_a_short_appositive() -> None:
    found = _relations(
        "The convoy reached Morek in northern Hama, the last post, where Turkish troops have been deployed since 2018."
    )
    assert any(s == "Turkish Armed Forces" and p == "operatesIn" and o == "Murak" for s, p, o in found), found


def test_posts_set_up_counted_with_more_than() -> None:
    found = _relations(
        "The Turkish army, which has established more than 40 observation posts and strongholds in Idlib province, "
        "sent new reinforcements."
    )
    assert ("Turkish Armed Forces", "operatesIn", "Idlib Governorate") in found, found


def test_a_place_occupied_by_a_force_and_its_allied_factions() -> None:
    found = _relations(
        "Rockets fell on the Afrin region, which the Turkish army and its allied Syrian factions have held since 2018."
    )
    assert any(s == "Turkish Armed Forces" and p == "controls" and o.startswith("Afrin") for s, p, o in found), found


def test_a_party_leader_after_its_acronym() -> None:
    found = _relations("Nationalist Movement Party (MHP) leader Devlet Bahçeli backed the operation on Sunday.")
    assert ("Devlet Bahçeli", "leads", "Nationalist Movement Party") in found, found


def test_forces_acting_in_cooperation_are_allies() -> None:
    found = _relations(
        "Units of the Syrian army, in cooperation with the National Defence Forces, cleared the last farms near "
        "the town on Friday."
    )
    assert any({s, o} == {"Syrian Arab Army", "National Defense Forces"} and p == "alliedWith" for s, p, o in found), (
        found
    )
