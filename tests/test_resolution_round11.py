"""Resolution, round 11: the publisher's short name, roads named after unknown places, names set off after a
role 'in' a place, 'regime forces' in a sentence naming Iraqi fighters, a capital called on or given a deadline.

Every sentence here is written for the test (not copied from an evaluation article), in several outlets'
styles, with negative cases beside the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _places, _resolve

# --- the publisher's name without its outlet words ('Al-Zawraa News' in an 'Al-Zawraa News Agency' article) ----


@pytest.mark.parametrize(
    ("sentence", "publisher", "outlet"),
    [
        ("(Al-Zawraa News) Baghdad -- Gunmen attacked a checkpoint in Tarmiyah, a source told Al-Zawraa News.",
         "Al-Zawraa News Agency", "Al-Zawraa News"),
        ("BASRA / Al Rafidain News – Police arrested three suspects near the port of Umm Qasr.",
         "Al Rafidain", "Al Rafidain News"),
    ],
)
def test_the_publishers_short_name_is_its_voice(reference, sentence, publisher, outlet) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference, publisher=publisher)
    assert outlet not in _actors(result), _actors(result)


def test_another_outlet_is_still_an_actor(reference) -> None:
    sentence = "Gunmen attacked a checkpoint in Tarmiyah, Al-Sumaria News reported, citing a police source."
    result = _resolve(f"Report\n\n{sentence}", reference, publisher="Al-Zawraa News Agency")
    assert any("Sumaria" in name for name in _actors(result)), _actors(result)


# --- 'the Castello Road', 'the Solagh road': a road named after a place the gazetteer lacks -------------------


@pytest.mark.parametrize(
    ("sentence", "road"),
    [
        ("Regime forces cut the Castello Road, the last route into the besieged districts, in July.", "Castello Road"),
        ("Engineers found a mass grave near the Qabusiya road south of the town.", "Qabusiya road"),
    ],
)
def test_a_road_named_after_an_unknown_place_is_a_new_road(reference, sentence, road) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert road in places, places
    assert "Arwad" not in places, places  # "Road" alone is no island
    assert road.split()[0] not in places, places  # nor is the bare name a town


def test_a_road_named_after_a_known_town_keeps_the_town(reference) -> None:
    places = _places(_resolve("Report\n\nThe convoy was ambushed on the old Tal Abyad road.", reference))
    assert any(name.endswith("Abyad road") for name in places), places


def test_an_adjective_before_road_mints_no_road(reference) -> None:
    places = _places(_resolve("Report\n\nThe group controls the Turkish road crossing.", reference))
    assert not any("road" in name.casefold() for name in places), places


# --- persons: a name after a role 'in' a place, after 'deputy' -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("A local official in Tuz Khurmatu, Karim Saadoun, said four people were wounded.", "Karim Saadoun"),
        ("The opposition deputy Ömer Faruk Yılmaz called for an inquiry into the deaths.", "Ömer Faruk Yılmaz"),
        ("Independent lawmaker Sarkawt Hamid said the budget ignored the displaced.", "Sarkawt Hamid"),
    ],
)
def test_a_person_after_a_role(reference, sentence, person) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert person in actors, actors


# --- 'regime forces' are Syrian even where the nearer country word is Iraqi ------------------------------------


def test_regime_forces_beside_an_iraqi_militia_are_syrian(reference) -> None:
    sentence = (
        "Near Aleppo, regime forces backed by fighters of the Iraqi Kataib Hezbollah attacked rebel positions."
    )
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "regime forces" in actors.get("Syrian Arab Army", set()), actors
    assert "Iraqi Security Forces" not in actors, actors


def test_government_forces_in_iraq_are_still_iraqi(reference) -> None:
    actors = _actors(_resolve("Report\n\nIraqi government forces retook the town near Mosul.", reference))
    assert "Iraqi Security Forces" in actors, actors


# --- a capital called on, or given a deadline, is the government ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "government"),
    [
        ("Turkey has called on Damascus to halt its offensive in the northwest.", "Syrian government"),
        ("The president has given Damascus until the end of the month to withdraw.", "Syrian government"),
        ("Washington called on Baghdad to rein in the armed factions.", "Iraqi government"),
    ],
)
def test_a_capital_called_on_is_the_government(reference, sentence, government) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert government in _actors(result), _actors(result)


def test_a_capital_one_travels_to_stays_a_place(reference) -> None:
    places = _places(_resolve("Report\n\nThe delegation travelled to Damascus on Monday.", reference))
    assert "Damascus" in places, places


# --- 'Kafr Nabuda, a town in the north of Hama province': an unknown settlement in apposition ------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Troops regained control of Tell Sukkarah, a town in the north of Hama province.", "Tell Sukkarah"),
        ("Shells fell on Umm Jurn, a village near the Turkish border, on Monday.", "Umm Jurn"),
        ("The militants withdrew to Khirbet Zaid, a small village 10 km east of the river.", "Khirbet Zaid"),
    ],
)
def test_an_unknown_name_in_apposition_with_a_settlement_noun_is_a_new_place(reference, sentence, place) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert place in places, places


@pytest.mark.parametrize(
    "sentence",
    [
        "Yesterday, a town in the north was shelled again.",
        "The spokesman, Ahmed Karim, a city councillor, denied the report.",
        "Ahmed Karim, a town official in the north, denied the report.",
    ],
)
def test_no_settlement_from_a_sentence_start_or_a_person(reference, sentence) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert not {"Yesterday", "Ahmed Karim"} & set(places), places


# --- a capital that 'was the worst affected governorate' is land, not the government -------------------------


@pytest.mark.parametrize(
    ("sentence", "place", "government"),
    [
        ("Baghdad was the worst affected province, with 200 civilians killed.", "Baghdad", "Iraqi government"),
        ("Damascus is a city of several million people.", "Damascus", "Syrian government"),
    ],
)
def test_a_capital_described_as_land_is_a_place(reference, sentence, place, government) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert government not in _actors(result), _actors(result)
    assert any(name.startswith(place) for name in _places(result)), _places(result)


def test_a_capital_that_speaks_is_still_the_government(reference) -> None:
    result = _resolve("Report\n\nBaghdad was the first to condemn the strike.", reference)
    assert "Iraqi government" in _actors(result), _actors(result)


# --- 'allied militias' of a Syrian army named before them --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Syrian army units, in cooperation with the allied forces, advanced east of Palmyra on Sunday.",
        "The Syrian army lost ground near Deir ez-Zor; 9 soldiers and members of allied militias died.",
    ],
)
def test_allied_militias_of_the_syrian_army(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Syrian pro-government militias" in actors, actors


@pytest.mark.parametrize(
    "sentence",
    [
        "The SDF and allied militias pushed into the town of Hajin, east of Deir ez-Zor.",
        "Peshmerga forces and allied militias held the ridge above Sinjar in Iraq.",
    ],
)
def test_allied_militias_without_the_syrian_army_are_nobody(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Syrian pro-government militias" not in actors, actors


# --- 'the pro-Kurdish Mezopotamya news agency': an unknown outlet before a lower-case outlet noun -------------


def test_an_unknown_name_before_news_agency_is_an_outlet(reference) -> None:
    sentence = "The pro-Kurdish Rojhilat news agency reported two dead and four wounded near the camp."
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert actors.get("Rojhilat News Agency") == {"Rojhilat news agency"}, actors


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kurdish news agency reported two dead near the camp.",
        "A Lebanese news agency said the road was closed.",
        "Officials told the state-run Anadolu news agency that the strike hit militants.",
    ],
)
def test_an_adjective_or_a_known_outlet_mints_no_outlet(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert not any(name.endswith("News Agency") for name in actors), actors


# --- the Reconciliation Center's full Interfax wording -------------------------------------------------------


def test_the_reconciliation_center_in_syria_is_one_name(reference) -> None:
    sentence = "The Russian Center for the Reconciliation of Opposing Sides in Syria said two drones were downed."
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert "Russian Reconciliation Center for Syria" in _actors(result), _actors(result)
    assert [span.kind for span in result.spans] == ["actor"], result.spans  # "in Syria" is part of the name
