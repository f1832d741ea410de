"""Resolution, round 9: a place name the gazetteer knows only abroad, the publisher's own name read as a place.

Every sentence here is written for the test (not copied from an evaluation article), in several outlets'
styles, with negative cases beside the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _places, _resolve

# --- a settlement in a country the article never speaks of ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "wrong"),
    [
        (
            "Gunmen attacked an army post in the al-Riyadh district, west of Kirkuk, on Monday, Iraqi officials said.",
            "Al-Riyadh",
            "Riyadh",
        ),
        (
            "SDF fighters cleared the al-Sinaa district of Raqqa, Syria, after two days of fighting.",
            "Al-Sinaa",
            "Sinah",
        ),
    ],
)
def test_a_cued_name_known_only_abroad_is_a_new_place(reference, sentence, name, wrong) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert name in places, places
    assert wrong not in places, places


def test_a_bare_village_name_abroad_is_no_place(reference) -> None:
    text = "Report\n\nMala Bakhtiar, a PUK leader, visited Khanaqin and Jalawla in Diyala on Sunday."
    places = _places(_resolve(text, reference))
    assert "Malah" not in places, places
    assert "Khanaqin" in places, places


def test_a_foreign_place_the_article_speaks_of_stays(reference) -> None:
    text = "Report\n\nSaudi officials met Iraqi envoys in the al-Malaz district of Riyadh, Saudi Arabia, on Monday."
    places = _places(_resolve(text, reference))
    assert "Riyadh" in places, places


def test_a_city_abroad_named_bare_stays(reference) -> None:
    text = "Report\n\nThe Iraqi delegation flew to London after the talks in Baghdad."
    places = _places(_resolve(text, reference))
    assert "London" in places, places


# --- the publisher's own name ---------------------------------------------------------------------------------


def test_the_publishers_name_is_no_place(reference) -> None:
    text = "Anah cleared\n\nA security source told Al-Sabaah that the forces entered Anah in Anbar on Friday."
    places = _places(_resolve(text, reference, publisher="Al-Sabaah"))
    assert "Sabbah" not in places, places
    assert "Anah" in places, places


# --- Gulf states listed as acting ------------------------------------------------------------------------------


def test_listed_gulf_states_that_take_part_are_states(reference) -> None:
    from test_resolution_general import _actors

    text = (
        "Strikes in Syria\n\nQatar, Bahrain and the United Arab Emirates participated in the air strikes on "
        "Islamic State positions near Raqqa, the Pentagon said."
    )
    result = _resolve(text, reference)
    actors, places = _actors(result), _places(result)
    for name in ("Qatar", "Bahrain", "United Arab Emirates"):
        assert name in actors, actors
        assert name not in places, places


def test_a_gulf_state_after_in_is_a_place(reference) -> None:
    text = "Talks\n\nSyrian opposition delegates met in Qatar on Monday to discuss a truce in Idlib."
    result = _resolve(text, reference)
    assert "Qatar" in _places(result), _places(result)


# --- a publishing ministry's own voice -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "publisher", "absent"),
    [
        (
            "Statement\n\nThe Ministry of Peshmerga thanks the people of Kurdistan for their support of the Peshmerga.",
            "Kurdistan Region Ministry of Peshmerga",
            "Ministry of Peshmerga",
        ),
        (
            "Statement on strikes in Syria\n\nPentagon Press Secretary John Kirby said U.S. forces struck "
            "Islamic State targets near Raqqa.",
            "U.S. Department of Defense",
            "US Department of Defense",
        ),
    ],
)
def test_a_publishing_ministrys_own_voice_is_no_actor(reference, text, publisher, absent) -> None:
    from test_resolution_general import _actors

    actors = _actors(_resolve(text, reference, publisher=publisher))
    assert absent not in actors, actors


def test_another_outlets_pentagon_spokesman_is_the_pentagon(reference) -> None:
    from test_resolution_general import _actors

    text = "Strikes\n\nPentagon Press Secretary John Kirby said U.S. forces struck Islamic State targets in Syria."
    actors = _actors(_resolve(text, reference, publisher="Reuters"))
    assert "US Department of Defense" in actors, actors


# --- Lebanon: its border places and its army -----------------------------------------------------------------


def test_lebanese_border_places_are_reference_places(reference) -> None:
    text = (
        "Shells hit Akkar\n\nTwo shells fired from Syria landed near Halba in Akkar on Monday, and residents of "
        "Hermel and Arsal in the northern Bekaa said they heard heavy shelling across the border."
    )
    places = _places(_resolve(text, reference))
    for name in ("Halba", "Akkar Governorate", "Hermel", "Arsal", "Bekaa Valley"):
        assert name in places, places


def test_the_army_in_a_lebanese_sentence_is_the_lebanese_army(reference) -> None:
    from test_resolution_general import _actors

    text = "Border\n\nArmy units reinforced their posts between al-Arida and Wadi Khaled after the shelling."
    actors = _actors(_resolve(text, reference))
    assert "Lebanese Armed Forces" in actors, actors
    assert "Syrian Arab Army" not in actors, actors


def test_the_army_in_a_syrian_sentence_stays_syrian(reference) -> None:
    from test_resolution_general import _actors

    text = "Clashes\n\nThe army shelled rebel positions near Tallkalakh in Homs, Syria, on Sunday."
    actors = _actors(_resolve(text, reference))
    assert "Syrian Arab Army" in actors, actors
    assert "Lebanese Armed Forces" not in actors, actors


def test_eastern_ghouta_and_damascus_districts_are_reference_places(reference) -> None:
    text = (
        "Ghouta\n\nRebels in Zamalka said warplanes struck the town overnight, while missiles later hit "
        "a research centre in Barzeh, in Damascus, Syria."
    )
    places = _places(_resolve(text, reference))
    assert "Zamalka" in places, places
    assert "Barzeh" in places, places


@pytest.mark.parametrize(
    "sentence",
    [
        "The kidnappers belong to an armed Syrian opposition group active near Qusayr, Syria.",
        "An armed opposition group shelled government-held districts of Aleppo, Syria, on Monday.",
    ],
)
def test_an_armed_opposition_group_in_syria_is_the_syrian_opposition(reference, sentence) -> None:
    from test_resolution_general import _actors

    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Syrian opposition armed groups" in actors, actors


def test_an_iraqi_armed_opposition_group_is_not_syrian(reference) -> None:
    from test_resolution_general import _actors

    text = "Report\n\nAn Iraqi armed opposition group claimed the attack in Baghdad, Iraq."
    actors = _actors(_resolve(text, reference))
    assert "Syrian opposition armed groups" not in actors, actors


def test_a_defence_ministrys_bare_air_force_is_its_countrys(reference) -> None:
    from test_resolution_general import _actors

    text = "Operation update\n\nOur commandos, supported by Air Force elements, struck PKK shelters in northern Iraq."
    actors = _actors(_resolve(text, reference, publisher="Turkish Ministry of National Defence"))
    assert "Turkish Air Force" in actors, actors
    assert "Air Force" not in actors, actors


def test_a_named_air_force_in_a_ministry_statement_keeps_its_owner(reference) -> None:
    from test_resolution_general import _actors

    text = "Update\n\nThe Russian Air Force struck positions near Idlib, Syria, the statement said."
    actors = _actors(_resolve(text, reference, publisher="Turkish Ministry of National Defence"))
    assert "Turkish Air Force" not in actors, actors


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Turkish army has set up a new observation post near Saraqib.", "Saraqib"),
        ("Turkish howitzers pounded YPG positions near Tal Rifaat on Sunday.", "Tell Rifaat"),
    ],
)
def test_a_home_country_town_is_never_abroad_when_neither_home_country_is_named(reference, sentence, name) -> None:
    assert name in _places(_resolve(f"Report\n\n{sentence}", reference))
