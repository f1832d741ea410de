"""Resolution, round 19: districts named after their towns, names with a purpose or an arm of service, capitals
that act in the plural, and gazetteer gaps.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

from test_resolution_general import _actors, _places, _resolve

# --- "<town> district" is the district when the text names the town too -------------------------------------


def test_district_named_after_its_town_is_its_own_place(reference) -> None:
    text = (
        "Shelling near the border\n\n"
        "Artillery shelled farmland near the village of Kani Sarki in Zakho district on Monday. "
        "An ambulance from Zakho could not reach the area."
    )
    places = _places(_resolve(text, reference))
    assert places.get("Zakho District") == {"Zakho district"}, places
    assert places.get("Zakho") == {"Zakho"}, places


def test_lone_district_phrase_stays_the_town(reference) -> None:
    text = "Attack\n\nGunmen attacked a checkpoint in Zakho district on Monday, police said."
    places = _places(_resolve(text, reference))
    assert "Zakho District" not in places, places
    assert "Zakho district" in places.get("Zakho", set()), places


def test_district_of_a_town_abroad_is_the_town(reference) -> None:
    text = (
        "Shells land in Turkey\n\n"
        "Two shells fired from Syria landed in Akçakale district on Monday; residents of Akçakale fled."
    )
    places = _places(_resolve(text, reference))
    assert not any(name.endswith("District") for name in places), places


# --- an organisation's name with a purpose after "for" -------------------------------------------------------


def test_organisation_name_runs_through_for(reference) -> None:
    text = "Families flee\n\nThe International Organization for Migration said 4,000 families fled the town on Monday."
    actors = _actors(_resolve(text, reference))
    assert "International Organization for Migration" in actors, actors
    assert "International Organization" not in actors, actors


def test_a_command_of_a_named_force_is_still_cut_at_of(reference) -> None:
    text = "Operation\n\nThe Diyala Operations Command of the Iraqi army said the operation ended on Monday."
    actors = _actors(_resolve(text, reference))
    assert "Diyala Operations Command of the Iraqi army" not in actors, actors


# --- the arm of service between a unit's number and noun ----------------------------------------------------


def test_arm_of_service_stays_in_the_unit_name(reference) -> None:
    text = (
        "Paratroopers arrive\n\n"
        "About 300 American paratroopers from the 101st Airborne Division reached a base in Iraq on Friday."
    )
    actors = _actors(_resolve(text, reference))
    units = {name: mentions for name, mentions in actors.items() if "101st Airborne Division" in mentions}
    assert units, actors
    assert "Airborne Division" not in actors, actors


# --- capitals coordinated as a plural subject act --------------------------------------------------------------


def test_capitals_with_a_plural_verb_are_governments(reference) -> None:
    text = (
        "Sinjar deal\n\n"
        "The militia refused to leave the town, which Baghdad and Erbil want handed to federal police under the deal."
    )
    actors = _actors(_resolve(text, reference))
    assert actors.get("Iraqi government") == {"Baghdad"}, actors
    assert actors.get("Kurdistan Regional Government") == {"Erbil"}, actors


def test_capitals_as_destinations_stay_places(reference) -> None:
    text = "Flights\n\nFlights between Baghdad and Erbil resumed on Monday after the storm."
    actors = _actors(_resolve(text, reference))
    assert "Iraqi government" not in actors and "Kurdistan Regional Government" not in actors, actors


# --- a region's possessive before a ministry -----------------------------------------------------------------


def test_region_possessive_is_written_as_a_modifier(reference) -> None:
    text = "Toll\n\nThe Kurdistan Region's Ministry of Transport later said three drivers had been hurt in the crash."
    actors = _actors(_resolve(text, reference))
    assert "Kurdistan Region Ministry of Transport" in actors, actors


# --- gazetteer -----------------------------------------------------------------------------------------------


def test_kuwait_is_a_country_and_a_state(reference) -> None:
    text = "Convoy\n\nThe convoy crossed from Kuwait on Sunday. Kuwait condemned the attack on Monday."
    result = _resolve(text, reference)
    assert "Kuwait" in _places(result), _places(result)
    assert "Kuwait" in _actors(result), _actors(result)


def test_baghdad_districts_and_koya(reference) -> None:
    text = (
        "Bombs hit Baghdad\n\n"
        "Car bombs exploded in Kadhimiya and al-Shaab on Monday. Militants later struck a camp near Koya and "
        "fighters refused to leave Khanasor."
    )
    places = _places(_resolve(text, reference))
    assert places.get("Kadhimiya") == {"Kadhimiya"}, places
    assert places.get("Al-Shaab") == {"al-Shaab"}, places
    assert places.get("Koya") == {"Koya"}, places
    assert places.get("Khanasor") == {"Khanasor"}, places
