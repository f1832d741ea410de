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
