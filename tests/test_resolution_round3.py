"""Resolution, round 3: descriptions and reference names that unseen outlets use and the resolver missed.

Causes fixed here, each with sentences written for the test in several outlets' styles (none copied from an
evaluation article), so that a rule helping one sentence only fails here: soldiers are the country's army, a
single jet or helicopter is its air arm, Russian contractors in Syria are the Wagner Group, local defence
groups are the pro-government militias, a bare "parliament" in an Iraqi sentence is the Iraqi parliament.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _resolve

# --- soldiers are the army; a single aircraft is the air arm -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("Two Iraqi soldiers were killed when a roadside bomb hit their Humvee near Tarmiyah.", "Iraqi Army",
         "Iraqi soldiers"),
        ("An Iraqi soldier was wounded by sniper fire on the outskirts of Baiji, a security source said.",
         "Iraqi Army", "Iraqi soldier"),
        ("Syrian soldiers dismantled mines on the road to Palmyra.", "Syrian Arab Army", "Syrian soldiers"),
        ("Three Turkish soldiers were wounded in a mortar attack on a base near al-Bab.", "Turkish Armed Forces",
         "Turkish soldiers"),
    ],
)
def test_soldiers_of_a_country_are_its_army(reference, sentence, name, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get(name, set()), actors


def test_iraqi_troops_stay_the_security_forces(reference) -> None:
    actors = _actors(_resolve("Report\n\nIraqi troops and police entered the town of Rutba on Friday.", reference))
    assert "Iraqi troops" in actors.get("Iraqi Security Forces", set()), actors


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("A US jet shot down an armed drone that approached the garrison at al-Tanf.", "United States Air Force",
         "US jet"),
        ("A Russian helicopter made an emergency landing near Hama airport.", "Russian Aerospace Forces",
         "Russian helicopter"),
        ("An Iraqi plane dropped leaflets over Hawija urging residents to stay indoors.", "Iraqi Air Force",
         "Iraqi plane"),
    ],
)
def test_a_single_aircraft_of_a_country_is_its_air_arm(reference, sentence, name, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get(name, set()), actors


# --- Russian contractors, local defence groups, parliament --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian contractors guarding the Tiyas gas field in Homs province were hit by an ISIS ambush.",
        "Dozens of Russian mercenaries were among the pro-government fighters killed near Deir Ezzor, "
        "according to the Syrian Observatory.",
        "Russian private military contractors have been deployed to protect phosphate mines near Palmyra in Syria.",
    ],
)
def test_russian_contractors_in_syria_are_the_wagner_group(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Wagner Group" in actors, actors


def test_russian_contractors_outside_syria_are_not_guessed(reference) -> None:
    text = "Report\n\nRussian contractors arrived in Bangui, the capital of the Central African Republic."
    assert "Wagner Group" not in _actors(_resolve(text, reference))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Army units, backed by local defence groups, advanced in the Damascus countryside.", "local defence groups"),
        ("Local defense groups in Hama's countryside repelled an attack by Syrian rebels.", "Local defense groups"),
    ],
)
def test_local_defence_groups_are_the_pro_government_militias(reference, sentence, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get("Syrian pro-government militias", set()), actors


@pytest.mark.parametrize(
    "sentence",
    [
        "The Iraqi prime minister asked parliament to approve a state of emergency after the fall of Mosul.",
        "Iraq's Parliament voted on Sunday to ask the government to end the presence of foreign troops.",
    ],
)
def test_parliament_in_an_iraqi_sentence_is_the_iraqi_parliament(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Iraqi Parliament" in actors, actors
