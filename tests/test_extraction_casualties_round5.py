"""Casualty figures, round 5: ranges, coordinated victims, breakdowns of a toll and more ways to tell the dead."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures
from kg.model import EntitySpan


def _figures(text: str, spans: list[EntitySpan] | None = None):
    return [(f.status, f.count, f.min_count, f.max_count) for f in find_figures(text, 0, spans or [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between six and 9 villagers were reportedly killed when the jets struck the farm.", ("killed", None, 6, 9)),
        ("The shelling killed between 20 and 30 people in the old quarter.", ("killed", None, 20, 30)),
        ("Local medics said 12-15 civilians were wounded by the blast.", ("injured", None, 12, 15)),
        ("two or three guards were hurt in the exchange of fire", ("injured", None, 2, 3)),
        ("three to five fighters died in the crossfire", ("killed", None, 3, 5)),
    ],
)
def test_ranges_are_min_and_max(text, expected):
    assert _figures(text) == [expected]


def test_hyphenated_number_words_are_no_range():
    assert _figures("twenty-four soldiers were killed at the post") == [("killed", 24, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A roadside bomb hit the convoy, wounding a guard and three soldiers.", [("injured", 4, None, None)]),
        ("Witnesses said a farmer and his two sons were killed by the mine.", [("killed", 3, None, None)]),
        ("the mortar round killed a shepherd and two others near the village", [("killed", 3, None, None)]),
        ("four soldiers and two policemen were killed at the checkpoint", [("killed", 6, None, None)]),
        (
            "The strike killed a civilian and two soldiers at the crossing.",
            [("killed", 1, None, None), ("killed", 2, None, None)],
        ),
    ],
)
def test_coordinated_victims(text, expected):
    assert _figures(text) == expected


def test_coordinated_group_named_as_an_actor_joins_an_armed_first_group():
    text = "The device exploded near their vehicle, wounding an officer and four policemen."
    start = text.index("policemen")
    police = EntitySpan(start, start + len("policemen"), "policemen", "POLICE", "actor")
    figures = find_figures(text, 0, [police], set())
    assert [(f.status, f.count, f.victim_iri) for f in figures] == [("injured", 5, "POLICE")]


def test_a_named_armed_group_after_civilians_stays_apart():
    text = "Gunmen killed two civilians and five Asayish men in the raid."
    start = text.index("Asayish")
    asayish = EntitySpan(start, start + len("Asayish"), "Asayish", "ASAYISH", "actor")
    figures = find_figures(text, 0, [asayish], set())
    assert [(f.count, f.victim_iri or f.victim_side) for f in figures] == [(2, "civilians"), (5, "ASAYISH")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The monitor said at least 60 militants and more than 30 soldiers had been killed since Sunday.",
            [("killed", None, 60, None), ("killed", None, 31, None)],
        ),
        (
            "The raid killed at least two gunmen and an unknown number of civilians, police said.",
            [("killed", None, 2, None), ("killed", None, None, None)],
        ),
    ],
)
def test_second_group_with_its_own_quantity(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes have killed 95 people since March, among them 30 civilians, 40 rebels and 25 soldiers.",
            [("killed", 95, None, None), ("killed", 30, None, None), ("killed", 40, None, None),
             ("killed", 25, None, None)],
        ),
        (
            "Officials said the death toll had risen to 21, including four policemen.",
            [("killed", 21, None, None), ("killed", 4, None, None)],
        ),
        (
            "Medics counted 40 dead, among them 11 soldiers.",
            [("killed", 40, None, None), ("killed", 11, None, None)],
        ),
    ],
)
def test_breakdown_of_a_toll_by_victim_group(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nine villagers, including four children, were killed in the raid.",
        "The strike killed at least 14 civilians, among them six women, rescuers said.",
    ],
)
def test_breakdown_by_age_or_sex_is_no_figure(text):
    assert len(_figures(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One volunteer lost his life in the attack.", ("killed", 1, None, None)),
        ("Rescuers later raised their toll to 19 after digging through the rubble.", ("killed", 19, None, None)),
        ("The civil defence brought its death toll to 12.", ("killed", 12, None, None)),
        ("Hospital sources said dozens were wounded.", ("injured", None, None, None)),
        ("tens more were injured when the roof collapsed", ("injured", None, None, None)),
        ("The jets pounded the hills, killing scores.", ("killed", None, None, None)),
        ("the group said 40 “infidels” were killed in the raid", ("killed", 40, None, None)),
        ("The monitor recorded more than 200 fatalities in the province last month.", ("killed", None, 201, None)),
        ("The bomber killed three U.S. soldiers at the checkpoint.", ("killed", 3, None, None)),
    ],
)
def test_more_ways_to_tell_the_dead_and_wounded(text, expected):
    assert expected in _figures(text)


def test_us_abbreviation_keeps_the_victims_together():
    figures = find_figures("The bomber killed two U.S. soldiers and three Iraqi civilians.", 0, [], set())
    assert [(f.count, f.victim_side) for f in figures][0] == (2, "state")
    assert len(figures) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mine exploded under a truck near the crossing, wounding a driver.", ("injured", 1, None, None)),
        ("Gunmen fired on the minibus, killing a passenger and wounding two others.", ("killed", 1, None, None)),
    ],
)
def test_one_driver_or_passenger_is_a_victim(text, expected):
    assert expected in _figures(text)


def test_one_victim_with_an_apposition_before_the_status():
    text = "An officer of the 5th Corps, the unit holding the crossing, was killed by a sniper on Monday."
    assert _figures(text) == [("killed", 1, None, None)]
