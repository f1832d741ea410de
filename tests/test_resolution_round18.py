"""Resolution, round 18: who a description names, and names news text writes with extra parts.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

from test_resolution_general import _actors, _places, _resolve

# --- a nationality coordinated with a non-national modifier shares the force noun ---------------------------


def test_us_and_coalition_forces_are_us_forces_not_the_state(reference) -> None:
    text = "Rockets hit base\n\nMilitants fired rockets at US and coalition forces near the airport on Monday."
    actors = _actors(_resolve(text, reference))
    assert actors.get("United States Armed Forces") == {"US"}, actors
    assert "United States" not in actors, actors


def test_turkish_and_allied_troops_are_turkish_forces(reference) -> None:
    text = "Clashes\n\nTurkish and allied troops shelled villages north of the town on Sunday."
    actors = _actors(_resolve(text, reference))
    assert "Turkish" in actors.get("Turkish Armed Forces", set()), actors
    assert "Turkey" not in actors, actors


def test_a_nationality_before_a_state_noun_stays_the_state(reference) -> None:
    text = "Talks\n\nThe US and coalition partners discussed the future of the mission on Monday."
    actors = _actors(_resolve(text, reference))
    assert "United States Armed Forces" not in actors, actors


# --- a bare "the army" that speaks is the army the story has named -------------------------------------------


def test_the_army_that_speaks_is_the_state_force_named_before(reference) -> None:
    text = (
        "Troops fired on\n\n"
        "IDF soldiers patrolling near a village in southern Syria were fired upon on Sunday. "
        "\"Soldiers identified the gunmen and returned fire,\" the army said."
    )
    actors = _actors(_resolve(text, reference))
    assert "the army" in actors.get("Israel Defense Forces", set()), actors
    assert "Syrian Arab Army" not in actors, actors


def test_the_army_that_does_not_speak_keeps_the_sentence_reading(reference) -> None:
    text = (
        "Strikes\n\n"
        "IDF jets struck targets near Damascus on Sunday. "
        "The strikes hit depots used by the army in southern Syria."
    )
    actors = _actors(_resolve(text, reference))
    assert "Syrian Arab Army" in actors, actors


def test_the_army_that_speaks_keeps_its_reading_when_named_outright(reference) -> None:
    text = (
        "Clashes in Daraa\n\n"
        "The Syrian Arab Army clashed with gunmen in Daraa as IDF troops watched from the Golan. "
        "Three gunmen were killed, the army said."
    )
    actors = _actors(_resolve(text, reference))
    assert "the army" in actors.get("Syrian Arab Army", set()), actors


# --- a quoted nickname inside a numbered unit's name --------------------------------------------------------


def test_quoted_nickname_between_number_and_noun_is_part_of_the_unit(reference) -> None:
    text = (
        "Deployment\n\nIsraeli forces were reinforced in the north on Monday. "
        "The 36th \"Gaash\" Division has moved two brigades to the border area."
    )
    actors = _actors(_resolve(text, reference))
    assert any('36th "Gaash" Division' in m for m in actors.values()), actors


def test_lower_case_quoted_word_is_no_nickname(reference) -> None:
    text = "Deployment\n\nThe 36th \"new\" Division is a rumour, the report said."
    actors = _actors(_resolve(text, reference))
    assert not any('36th "new" Division' in m for m in actors.values()), actors


# --- gazetteer -----------------------------------------------------------------------------------------------


def test_mount_hermon_is_a_place(reference) -> None:
    text = "Posts\n\nIsraeli troops set up two posts on the slopes of Mount Hermon on Tuesday."
    places = _places(_resolve(text, reference))
    assert places.get("Mount Hermon") == {"Mount Hermon"}, places


# --- organisations introduced with their acronym; civil councils; gunships -----------------------------------


def test_name_with_bracketed_acronym_is_an_organisation(reference) -> None:
    text = "Report\n\nAccording to Mountain Relief Volunteers (MRV), 40 families fled the villages on Monday."
    actors = _actors(_resolve(text, reference))
    assert "Mountain Relief Volunteers" in actors, actors


def test_bracketed_lower_case_word_makes_no_organisation(reference) -> None:
    text = "Report\n\nAccording to Mountain Relief Volunteers (volunteers), 40 families fled the villages."
    actors = _actors(_resolve(text, reference))
    assert "Mountain Relief Volunteers" not in actors, actors


def test_joint_publisher_naming_its_bodies_is_no_actor(reference) -> None:
    text = (
        "Update\n\nThe Desert Studies Group (DSG) and the Levant Research Circle (LRC) provide these updates. "
        "Militants shelled a base on Monday."
    )
    result = _resolve(text, reference, publisher="Desert Studies Group / Levant Research Circle")
    actors = _actors(result)
    assert "Desert Studies Group" not in actors and "Levant Research Circle" not in actors, actors


def test_civil_council_after_a_town_is_a_government_body(reference) -> None:
    text = "Shelling\n\nAccording to the Manbij civil council, shells hit two villages west of the town on Friday."
    actors = _actors(_resolve(text, reference))
    assert any(m == {"Manbij civil council"} for m in actors.values()), actors


def test_a_gunship_with_a_nationality_is_that_country_air_force(reference) -> None:
    text = "Strike\n\nA Russian Mi-24 gunship struck a truck near the town of Saraqib in Idlib on Sunday."
    actors = _actors(_resolve(text, reference))
    assert "Russian Aerospace Forces" in actors, actors
