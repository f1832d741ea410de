"""Resolution, round 15: places named in lists and by a bare suffix, and gazetteer gaps.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _places, _resolve

# --- "the neighbourhoods of X and Y" ----------------------------------------------------------------------


def test_neighbourhoods_of_a_list_are_places(reference) -> None:
    text = "Report\n\nMortar rounds landed on the neighbourhoods of al-Rashdiya and al-Mutanabbi, wounding two."
    places = _places(_resolve(text, reference))
    assert {"Al-Rashdiya", "Al-Mutanabbi"} <= set(places), places


def test_neighbourhoods_of_a_city_name_no_new_place(reference) -> None:
    places = _places(_resolve("Report\n\nThe neighbourhoods of Damascus were quiet on Friday.", reference))
    assert set(places) == {"Damascus"}, places


# --- a list of names that each begin with a place-name word -------------------------------------------------


def test_a_list_of_prefixed_names_after_in_are_places(reference) -> None:
    text = "Report\n\nJets struck convoys in al-Kharita, al-Shumaytiya and Jabal Tuwal overnight."
    places = _places(_resolve(text, reference))
    assert {"Al-Kharita", "Al-Shumaytiya"} <= set(places), places
    assert any("Tuwal" in name for name in places), places


def test_a_list_with_a_plain_name_is_no_list_of_places(reference) -> None:
    text = "Report\n\nThe statement was issued in al-Kharita and Ahmed Haddad said it was true."
    places = _places(_resolve(text, reference))
    assert not any("Haddad" in name for name in places), places


# --- "the X field", "the X and Y oil fields" ----------------------------------------------------------------


def test_a_field_after_a_name_is_an_oil_field(reference) -> None:
    places = _places(_resolve("Report\n\nTwo drones hit the Qara Dagh field near the city at dawn.", reference))
    assert places.get("Qara Dagh oil field") == {"Qara Dagh field"}, places


def test_a_field_after_a_group_is_no_place(reference) -> None:
    places = _places(_resolve("Report\n\nAn SDF field commander said the attack was repelled.", reference))
    assert not places, places


def test_two_oil_fields_named_before_a_plural_suffix(reference) -> None:
    text = "Report\n\nFederal police deployed around the Sharaf and Tawke oil fields on Tuesday."
    places = _places(_resolve(text, reference))
    assert "Tawke oil field" in places and "Sharaf oil field" in places, places
    assert "Tawke oil fields" not in places, places


# --- gazetteer gaps --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The slain officer, a Revolutionary Guards colonel from Isfahan, was buried on Friday.", "Isfahan"),
        ("Crude exports through Ceyhan were halted after the ruling.", "Ceyhan"),
        ("Abu Dhabi – A roadside bomb struck a patrol, officials said.", "Abu Dhabi"),
        ("Helicopters dropped barrel bombs on Darayya in the Western Ghouta.", "Western Ghouta"),
        ("Government troops entered Kinsabba after a week of fighting.", "Kinnsibba"),
    ],
)
def test_places_the_gazetteer_lacked(reference, sentence, name) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert name in places, places


def test_the_ghouta_alone_is_still_the_eastern_ghouta(reference) -> None:
    places = _places(_resolve("Report\n\nShelling on the Ghouta killed four people.", reference))
    assert "Eastern Ghouta" in places and "Western Ghouta" not in places, places


def test_a_possessor_before_field_is_no_place(reference) -> None:
    places = _places(_resolve("Report\n\nResidents spoke to the monitor, according to HRW's field team.", reference))
    assert not any("field" in name for name in places), places


# --- "<place> Ministry of <portfolio>" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Kurdistan Region Ministry of Agriculture said the drought had halved the wheat harvest.",
         "Kurdistan Region Ministry of Agriculture"),
        ("The Nineveh Directorate of Antiquities said the shrine was looted.", "Nineveh Directorate of Antiquities"),
    ],
)
def test_a_ministry_keeps_its_portfolio(reference, sentence, name) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert name in actors, actors


def test_a_command_of_a_force_is_still_cut_before_of(reference) -> None:
    actors = _actors(_resolve("Report\n\nThe Diyala Operations Command of the Iraqi army said.", reference))
    assert "Diyala Operations Command" in actors, actors
