"""Resolution, round 13: a full Arabic name of three or four parts is a person's name, with or without a title.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _places, _resolve


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A drone strike on a pickup truck near Qaim killed Nabil Yousef Hamad al-Dulaimi on Tuesday.",
         "Nabil Yousef Hamad al-Dulaimi"),
        ("Masked gunmen opened fire on Raed Fadhil al-Mashhadani outside his shop, police said.",
         "Raed Fadhil al-Mashhadani"),
        ("Abdul Rahim al-Khatouni was wounded when the device went off beside his car.", "Abdul Rahim al-Khatouni"),
    ],
)
def test_full_arabic_name_is_a_person(reference, sentence, name) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert name in _actors(result), _actors(result)


def test_later_surname_links_to_the_full_name(reference) -> None:
    text = (
        "Report\n\nThe raid killed Nabil Yousef Hamad al-Dulaimi, officials said. Al-Dulaimi had survived two "
        "earlier attempts on his life."
    )
    result = _resolve(text, reference)
    assert "Al-Dulaimi" in _actors(result).get("Nabil Yousef Hamad al-Dulaimi", set()), _actors(result)


@pytest.mark.parametrize(
    ("sentence", "not_a_person"),
    [
        ("Fighting continued near Tal Abu al-Hadid on Monday.", "Tal Abu al-Hadid"),
        ("A new group calling itself Saraya Awliya al-Thar claimed the attack.", "Saraya Awliya al-Thar"),
        ("Shelling hit Kafr Batna Wadi al-Jamal overnight.", "Batna Wadi al-Jamal"),
    ],
)
def test_place_and_group_names_of_that_shape_are_no_person(reference, sentence, not_a_person) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    persons = [a.name for a in result.actors.values() if a.type == "Person"]
    assert not any(not_a_person in p or p in not_a_person for p in persons), persons


# --- a title before the name, and an apposition without an article -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("YBS General Commander Haval Sherzad Rashid told reporters the road was closed.", "Haval Sherzad Rashid"),
        ("Party media office head Dilan Rojhat wrote on Twitter that the fighting had stopped.", "Dilan Rojhat"),
        ("Crowds tore down a portrait of the late president Karim Nouri in the square.", "Karim Nouri"),
        ("Dilan Rojhat, head of the party's media office, said the raid had ended.", "Dilan Rojhat"),
        ("Haval Sherzad, spokesman for the Shengal council, said two people were hurt.", "Haval Sherzad"),
    ],
)
def test_titled_and_apposed_persons(reference, sentence, name) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert name in _actors(result), _actors(result)


def test_head_before_a_place_name_is_no_person(reference) -> None:
    result = _resolve("Report\n\nThe convoys head Raqqa-ward each night, residents said.", reference)
    assert not any(a.type == "Person" for a in result.actors.values()), _actors(result)


# --- the UN's bodies on the ground ---------------------------------------------------------------------------


def test_un_as_a_modifier_is_the_named_body(reference) -> None:
    text = (
        "Report\n\nTroops escorted a patrol of the UN Disengagement Observer Force (UNDOF) on Tuesday. The column "
        "of white UN vehicles crossed at noon."
    )
    actors = _actors(_resolve(text, reference))
    assert "United Nations" not in actors, actors
    assert "UN" in actors["United Nations Disengagement Observer Force"], actors


def test_un_speaking_stays_the_un(reference) -> None:
    text = (
        "Report\n\nGunmen detained members of the UN Disengagement Observer Force (UNDOF). The UN said it was "
        "working for their release."
    )
    actors = _actors(_resolve(text, reference))
    assert "United Nations" in actors, actors


def test_un_mission_in_iraq_is_unami(reference) -> None:
    text = "Report\n\nThe UN mission in Iraq said at least 600 civilians were killed in May."
    actors = _actors(_resolve(text, reference))
    assert "United Nations Assistance Mission for Iraq" in actors and "United Nations" not in actors, actors


# --- the Syrian opposition described ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The revolutionary factions in the Idlib countryside repelled an attack by regime forces in Syria on Friday.",
        "Much of Syria's Quneitra province has been under the control of opposition groups since last spring.",
    ],
)
def test_revolutionary_factions_and_opposition_groups_in_syria(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Syrian opposition armed groups" in actors, actors


def test_kurdish_opposition_groups_are_not_the_syrian_opposition(reference) -> None:
    text = "Report\n\nIranian drones struck Kurdish opposition groups in the Kurdistan Region of Iraq."
    actors = _actors(_resolve(text, reference))
    assert "Syrian opposition armed groups" not in actors, actors


# --- a settlement named in apposition ----------------------------------------------------------------------------


def test_names_before_two_towns_are_places(reference) -> None:
    text = "Report\n\nJets struck gatherings in Qarqour and Zaytouniyeh, two towns held by the armed groups."
    places = _places(_resolve(text, reference))
    assert {"Qarqour", "Zaytouniyeh"} <= set(places), places


def test_name_before_a_village_is_a_place(reference) -> None:
    text = "Report\n\nShelling hit Qarqour, a small village held by the rebels, on Sunday."
    assert "Qarqour" in _places(_resolve(text, reference))


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack was described by Haddad, a village elder, as the worst in years.",
        "Yesterday, the town came under heavy shelling from the hills.",
    ],
)
def test_no_place_from_a_village_elder_or_a_sentence_opening(reference, sentence) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert "Haddad" not in places and "Yesterday" not in places, places


# --- a community's name before "village of" ---------------------------------------------------------------------


def test_community_before_village_of_is_no_place(reference) -> None:
    text = (
        "Gunmen attack police near Shabak village\n\nGunmen stormed a police post near the Shabak village of "
        "Bazwaya on Friday night, a security source said."
    )
    places = _places(_resolve(text, reference))
    assert "Shabak" not in places and "Bazwaya" in places, places


# --- a province the gazetteer lacks ------------------------------------------------------------------------------


def test_unknown_province_is_a_new_province(reference) -> None:
    text = "Report\n\nFour of the dead advisers came from Golestan province, the agency said."
    places = _places(_resolve(text, reference))
    assert places.get("Golestan Province") == {"Golestan province"}, places


def test_known_province_stays_the_governorate(reference) -> None:
    places = _places(_resolve("Report\n\nShelling hit villages in Homs province on Monday.", reference))
    assert "Homs Governorate" in places and "Homs Province" not in places, places
