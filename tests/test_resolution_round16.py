"""Resolution, round 16: actors named the way news text names them.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

from test_resolution_general import _actors, _resolve

# --- a bare nationality before an act noun ("Russian raids") -------------------------------------------------


def test_raids_of_a_country_whose_only_named_arm_is_its_air_force(reference) -> None:
    text = "Report\n\nRussian warplanes struck the town at dawn, and Russian raids later killed ten civilians there."
    actors = _actors(_resolve(text, reference))
    assert "Russian Armed Forces" not in actors, actors
    assert actors["Russian Aerospace Forces"] == {"Russian warplanes", "Russian"}, actors


def test_bombardment_after_a_coordinated_adjective_joins_the_named_air_force(reference) -> None:
    text = "Report\n\nRussian jets circled the city. Dozens died in regime and Russian bombardment of the area."
    actors = _actors(_resolve(text, reference))
    assert "Russian Armed Forces" not in actors, actors


def test_raids_stay_the_forces_when_ground_troops_are_named_too(reference) -> None:
    text = "Report\n\nRussian troops entered the town after Russian raids, while Russian jets circled overhead."
    actors = _actors(_resolve(text, reference))
    assert "Russian" in actors.get("Russian Armed Forces", set()), actors


def test_strikes_with_no_arm_named_stay_the_forces(reference) -> None:
    actors = _actors(_resolve("Report\n\nTurkish strikes hit the village on Sunday.", reference))
    assert "Turkish Armed Forces" in actors, actors


# --- persons named after a role of a described body ---------------------------------------------------------


def test_member_of_a_provincial_council_named_after_a_comma(reference) -> None:
    text = "Report\n\nA member of the Ninewa provincial council, Hassan al-Jaburi, later put the toll at 16."
    actors = _actors(_resolve(text, reference))
    assert actors.get("Hassan al-Jaburi") == {"Hassan al-Jaburi"}, actors


def test_head_of_a_ruling_party_named_after_a_comma(reference) -> None:
    text = "Report\n\nFighters captured the governor and the local head of the ruling Baath party, Ibrahim Hamid."
    actors = _actors(_resolve(text, reference))
    assert "Ibrahim Hamid" in actors, actors


def test_spokesman_for_a_named_command_of_a_group(reference) -> None:
    text = "Report\n\nA spokesman for the Free Syrian Army's Idlib command, Omar Haddad, told reporters they withdrew."
    actors = _actors(_resolve(text, reference))
    assert "Omar Haddad" in actors, actors


def test_a_place_after_the_comma_is_no_person(reference) -> None:
    text = "Report\n\nA member of the provincial council in Nineveh, Mosul, said the toll rose."
    actors = _actors(_resolve(text, reference))
    assert "Mosul" not in actors, actors


# --- a rank of another language; a name the text identifies ---------------------------------------------------


def test_sardar_is_a_rank_before_a_name(reference) -> None:
    text = "Report\n\nMeanwhile, an Iranian adviser, Sardar Mahmoud Karimi, was killed on Monday near the town."
    actors = _actors(_resolve(text, reference))
    assert actors.get("Mahmoud Karimi") == {"Sardar Mahmoud Karimi"}, actors


def test_a_person_identified_as_a_name(reference) -> None:
    text = "Report\n\nThe commander, identified by the PKK as Rojhat Amed, had led the unit since 2019."
    actors = _actors(_resolve(text, reference))
    assert "Rojhat Amed" in actors, actors


def test_identified_as_a_group_is_no_person(reference) -> None:
    text = "Report\n\nThe dead were later identified as Islamic State fighters, police said."
    actors = _actors(_resolve(text, reference))
    assert "Islamic State" in actors and len(actors) == 1, actors


# --- a capital that speaks for its government --------------------------------------------------------------


def test_a_capital_whose_control_is_spoken_of_is_its_government(reference) -> None:
    text = "Report\n\nThe two-day operation returned the oil fields of the province to Baghdad's control."
    actors = _actors(_resolve(text, reference))
    assert actors.get("Iraqi government") == {"Baghdad"}, actors


def test_a_capital_pushed_to_act_is_its_government(reference) -> None:
    text = "Report\n\nThe fall of the city has pushed Damascus to seek help from its allies."
    actors = _actors(_resolve(text, reference))
    assert actors.get("Syrian government") == {"Damascus"}, actors


def test_a_capital_pushed_towards_is_a_place(reference) -> None:
    text = "Report\n\nRebel columns pushed towards Damascus on Sunday."
    actors = _actors(_resolve(text, reference))
    assert "Syrian government" not in actors, actors


# --- a unit named with its parent's possessive --------------------------------------------------------------


def test_a_parent_possessive_before_its_unit_names_both(reference) -> None:
    text = "Report\n\nSoldiers of the Republican Guard's 104th Brigade repelled the attack on the airport."
    actors = _actors(_resolve(text, reference))
    assert actors.get("Republican Guard") == {"Republican Guard"}, actors
    assert actors.get("104th Airborne Brigade") == {"104th Brigade"}, actors


def test_a_unit_name_with_its_parent_unsplit_stays_one_mention(reference) -> None:
    text = "Report\n\nThe Republican Guard 104th Brigade held the airport for three years."
    actors = _actors(_resolve(text, reference))
    assert actors == {"104th Airborne Brigade": {"Republican Guard 104th Brigade"}}, actors
