"""Resolution, round 23: a description inside a longer known name, wire-service credit and time-stamp lines, a
country owning a non-state group, a body's name in apposition, Austria and the IDF's Northern Command, one airport
told short and long, capitalised triggers and placed distances, cue words for hills, castles, airfields, fields
and neighbourhoods; a title-cased "Is", and factions "close to" a country.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

from test_resolution_general import _actors, _places, _resolve

# --- a description starting inside a known name -------------------------------------------------------------------


def test_free_syrian_army_units_are_no_syrian_army(reference) -> None:
    text = (
        "Border post changes hands\n\n"
        "A force made up of Free Syrian Army units and local Islamist fighters overran the post near Nawa on Monday."
    )
    actors = _actors(_resolve(text, reference))
    assert "Free Syrian Army" in actors, actors
    assert "Syrian Arab Army" not in actors, actors


def test_syrian_army_units_alone_are_still_the_syrian_army(reference) -> None:
    text = "Army advances\n\nSyrian Army units pushed into the outskirts of Nawa on Monday, state media said."
    assert "Syrian Arab Army" in _actors(_resolve(text, reference))


# --- credit and time-stamp lines ----------------------------------------------------------------------------------


def test_assistance_credit_city_is_no_place(reference) -> None:
    text = (
        "Refinery attacked\n\n"
        "Gunmen attacked the refinery at Baiji on Tuesday, officials said.\n\n"
        "--With assistance from Mark Tully in Amman."
    )
    places = _places(_resolve(text, reference))
    assert "Amman" not in places, places
    assert "Baiji" in places, places


def test_time_zone_city_of_a_time_stamp_is_no_place(reference) -> None:
    text = (
        "Drone strike\n\n"
        "Updated on May 3, 2022, at 9:45 pm (Beirut)\n\n"
        "A drone hit a car near Sinjar on Monday, local officials said."
    )
    places = _places(_resolve(text, reference))
    assert "Beirut" not in places, places
    assert "Sinjar" in places, places


# --- a country owning a non-state armed group ---------------------------------------------------------------------


def test_country_owning_a_non_state_group_is_no_state_mention(reference) -> None:
    text = (
        "Offensive south of the city\n\n"
        "Units joining the push include Lebanon's Hezbollah and Iraq's Harakat al-Nujaba, a field commander said."
    )
    actors = _actors(_resolve(text, reference))
    assert "Hezbollah" in actors and "Harakat Hezbollah al-Nujaba" in actors, actors
    assert "Lebanon" not in actors and "Iraq" not in actors, actors


def test_country_owning_its_own_force_or_a_foreign_group_is_still_the_state(reference) -> None:
    text = (
        "Commanders meet\n\n"
        "Officers of Iran's IRGC met on Sunday. Turkey's Syrian National Army shelled villages near Manbij."
    )
    actors = _actors(_resolve(text, reference))
    assert "Iran" in actors and "Turkey" in actors, actors


# --- a body's name in apposition is no person ---------------------------------------------------------------------


def test_brigade_name_before_an_apposition_is_no_person(reference) -> None:
    text = (
        "Allies join\n\n"
        "Also fighting are the Pakistani Zainabiyoun Brigade, the commander said, and several local militias."
    )
    result = _resolve(text, reference)
    assert not any(a.type == "Person" and "Brigade" in a.name for a in result.actors.values()), _actors(result)


# --- reference additions ------------------------------------------------------------------------------------------


def test_austria_is_a_state(reference) -> None:
    text = "Peacekeepers\n\nAustria said on Thursday it would bring home its troops serving with UNDOF."
    assert "Austria" in _actors(_resolve(text, reference))


def test_idf_northern_command_is_a_unit_of_the_idf(reference) -> None:
    text = (
        "Shells land\n\n"
        "An officer in the IDF's Northern Command said two shells landed in open ground. "
        "The Israeli Northern Command later raised its alert level."
    )
    actors = _actors(_resolve(text, reference))
    assert "Northern Command (Israel)" in actors, actors
    assert not any("IDF's" in name for name in actors), actors


def test_qayyarah_west_airfield_is_the_reference_base(reference) -> None:
    text = "Rockets hit base\n\nTwo rockets struck the Qayyarah West airfield south of Mosul on Wednesday."
    assert "Qayyarah Airfield West" in _places(_resolve(text, reference))


# --- one airport told short and long ------------------------------------------------------------------------------


def test_airport_short_and_long_forms_are_one_place(reference) -> None:
    text = (
        "Drone hits near Halabja airport\n\n"
        "A drone struck a fence of Halabja international airport on Monday, the local security office said."
    )
    places = _places(_resolve(text, reference))
    airports = [name for name in places if "Airport" in name]
    assert airports == ["Halabja International Airport"], places


# --- new places by cue --------------------------------------------------------------------------------------------


def test_capitalised_in_with_a_compass_apposition_mints_a_place(reference) -> None:
    text = "Attack\n\nIn Zawiyat Hamdan, south of Kirkuk, gunmen shot dead three shepherds on Friday."
    assert "Zawiyat Hamdan" in _places(_resolve(text, reference))


def test_capitalised_in_without_a_placing_phrase_mints_nothing(reference) -> None:
    text = "Talks\n\nIn Vienna talks, delegates from both sides met on Friday."
    assert "Vienna Talks" not in _places(_resolve(text, reference))


def test_placed_by_a_distance_and_compass(reference) -> None:
    text = "Clashes\n\nFighters clashed in Kani Sard, about 20 km east of the town, overnight."
    assert "Kani Sard" in _places(_resolve(text, reference))


def test_hill_of_names_a_place(reference) -> None:
    text = "Hill taken\n\nThe troops captured the strategic hill of Qarn Shamsin after a day of fighting."
    assert "Qarn Shamsin" in _places(_resolve(text, reference))


def test_castle_and_airfield_suffixes_name_facilities(reference) -> None:
    text = (
        "Fighting near the castle\n\n"
        "A car bomb exploded near the old Raqqa Castle, and jets took off from the Kweires airfield."
    )
    places = _places(_resolve(text, reference))
    assert "Raqqa Castle" in places, places
    assert any(name.startswith("Kweires") for name in places), places


def test_listed_fields_name_each_oil_field(reference) -> None:
    text = "Drones hit fields\n\nDrones struck the Sarqala and Bina Bawi fields on Thursday, the operator said."
    places = _places(_resolve(text, reference))
    assert "Sarqala oil field" in places, places


def test_neighbourhoods_of_a_list_mint_each_unknown_name(reference) -> None:
    text = "Shelling\n\nShells fell on the eastern neighbourhoods of Tariq al-Bab and Masaken Jabal Badro."
    assert "Masaken Jabal Badro" in _places(_resolve(text, reference))


# --- a title-cased function word, and a country a faction is close to ----------------------------------------------


def test_title_cased_is_is_no_place(reference) -> None:
    text = "The Militia Is Gaining Ground in the North\n\nFighters moved north of Kirkuk on Monday, officials said."
    result = _resolve(text, reference)
    assert not any(m.text == "Is" for p in result.places.values() for m in p.mentions), _places(result)


def test_upper_case_is_stays_the_islamic_state(reference) -> None:
    text = "Attack repelled\n\nIS fighters attacked an army post near Baiji overnight, officials said."
    assert "Islamic State" in _actors(_resolve(text, reference))


def test_faction_close_to_a_country_names_the_state(reference) -> None:
    text = (
        "Rockets\n\n"
        "Officials blamed armed factions close to Iran for the rockets. The village lies close to Iran."
    )
    result = _resolve(text, reference)
    assert "Iran" in _actors(result), _actors(result)
    assert "Iran" in _places(result), _places(result)

