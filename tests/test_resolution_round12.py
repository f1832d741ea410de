"""Resolution, round 12: near spellings that land in another governorate, 'X and Y Operations Command', the
Kurdistan Region's Asayish, ministries named by their spokesman or official.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _places, _resolve


def _parent(result, reference, name: str) -> str | None:
    place = next(p for p in result.places.values() if p.name == name)
    parent = reference.places.get(place.parent_iri)
    return parent.name if parent is not None else place.parent_iri


# --- a near spelling linked to a place in another governorate is a NEW place -------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "governorate"),
    [
        ("Warplanes struck the town of Kafr Naha in the western Aleppo countryside on Monday, activists said.",
         "Kafr Naha", "Aleppo Governorate"),
        ("Government aircraft bombed Idlib city and Saraqib, then struck the village of Kafr Naha, killing two.",
         "Kafr Naha", "Idlib Governorate"),
        ("Peshmerga fighters cut the road between Mosul and Tal Afar near the village of Gir Zerik on Friday.",
         "Gir Zerik", "Nineveh Governorate"),
    ],
)
def test_near_spelling_in_another_governorate_is_a_new_place(reference, sentence, name, governorate) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert name in _places(result), _places(result)
    assert _parent(result, reference, name) == governorate


def test_near_spelling_in_the_articles_governorate_stays_linked(reference) -> None:
    sentence = "Shelling hit Talbiseh in Homs countryside and then the village of Kafr Naha, a monitor said."
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert "Kafr Laha" in _places(result), _places(result)
    assert "Kafr Naha" not in _places(result)


@pytest.mark.parametrize(("city", "expected"), [("Aleppo", "Kafr Naha"), ("Homs", "Kafr Laha")])
def test_the_stated_container_decides_a_near_spelling(reference, city, expected) -> None:
    result = _resolve(f"Report\n\nJets hit the village of Kafr Naha, 12 km west of {city}, on Monday.", reference)
    assert expected in _places(result), _places(result)


# --- 'the Samarra and Dijla Operations Command': one command for two sectors -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "command", "wrong"),
    [
        ("Brigadier Ali Hassan, head of the Samarra and Dijla Operations Command, said the sweep was over.",
         "Samarra and Dijla Operations Command", "Dijla Operations Command"),
        ("Troops of the Sumer and Rafidain Operations Command cleared villages south of Nasiriyah, officials said.",
         "Sumer and Rafidain Operations Command", "Rafidain Operations Command"),
    ],
)
def test_two_sector_operations_command_is_one_unit(reference, sentence, command, wrong) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert command in _actors(result), _actors(result)
    assert wrong not in _actors(result)


def test_a_listed_police_and_an_operations_command_stay_apart(reference) -> None:
    sentence = "The Ninewa and Anbar police and the Diyala Operations Command joined the sweep near Baqubah."
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert "Diyala Operations Command" in _actors(result), _actors(result)


# --- the Asayish of the sentence's country ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Gunmen attacked the headquarters of the Asayish security directorate in Sulaymaniyah on Tuesday, Iraqi "
         "officials said.", "Kurdistan Region Asayish"),
        ("The Asayish arrested two suspects in Qamishli, northeast Syria, on Tuesday.", "Asayish"),
        ("Kurdish Asayish forces in Hasakah detained a man near the Syrian-Turkish border.", "Asayish"),
    ],
)
def test_asayish_by_country(reference, sentence, actor) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert actor in _actors(result), _actors(result)
    other = {"Asayish", "Kurdistan Region Asayish"} - {actor}
    assert not other & set(_actors(result))


# --- a ministry named by its spokesman or official -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ministry", "wrong"),
    [
        ("Iran has rejected the charge. Foreign Ministry spokesman Ali Rezaei said the American claims about Iraq "
         "were baseless.", "Iranian Foreign Ministry", "US State Department"),
        ("Syria's army advanced. Foreign Ministry spokesman Ahmad Saleh said the Turkish troops must leave.",
         "Syrian Foreign Ministry", "Turkish Foreign Ministry"),
        ("A health ministry official in Baghdad said 12 people were killed in the Iraqi capital.",
         "Iraqi Ministry of Health", None),
    ],
)
def test_ministry_named_by_its_spokesman(reference, text, ministry, wrong) -> None:
    result = _resolve(f"Report\n\n{text}", reference)
    assert ministry in _actors(result), _actors(result)
    assert wrong not in _actors(result)


def test_a_health_ministry_outside_iraq_is_not_iraqs(reference) -> None:
    result = _resolve("Report\n\nA health ministry official in Damascus said 12 people were killed.", reference)
    assert "Iraqi Ministry of Health" not in _actors(result)
