"""Casualty figures: counts, ranges, statuses and victims coded as the annotation format says."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures
from kg.model import EntitySpan


def _figures(text: str, spans: list[EntitySpan] | None = None, persons: set[str] | None = None):
    return find_figures(text, 0, spans or [], persons or set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They insist that over 20 soldiers were killed.", ("killed", None, 21, None, "state")),
        ("Sources claim that up to 30 ISIS members were neutralized.", ("killed", None, None, 30, "nonstate")),
        (
            "It claims that 66 government fighters were killed or injured.",
            ("killed_or_injured", 66, None, None, "state"),
        ),
        ("at least 2 opposition fighters were killed in army strikes", ("killed", None, 2, None, "nonstate")),
        ("the group killed 66 government fighters and civilians in Iraq", ("killed", 66, None, None, "state")),
        ("Troops killed six militants and burned down a vehicle", ("killed", 6, None, None, "nonstate")),
        ("more than 12 civilians were wounded in the shelling", ("injured", None, 13, None, "civilians")),
        ("his wife was slightly injured.", ("injured", 1, None, None, "civilians")),
        ("Seven members of the regime forces were killed in an ambush", ("killed", 7, None, None, "state")),
        (
            "government forces suffered heavy casualties in this operation.",
            ("killed_or_injured", None, None, None, None),
        ),
        ("several militants were killed in the raid", ("killed", None, None, None, "nonstate")),
        ("Three people, among them a child, were martyred in the raid", ("killed", 3, None, None, "civilians")),
        (
            "five members of regime forces and the allied local militias were killed last night",
            ("killed", 5, None, None, "state"),
        ),
        ("two other soldiers sustained injuries in the blast", ("injured", 2, None, None, "state")),
        ("the monitor documented the deaths of 23 militants in raids", ("killed", 23, None, None, "nonstate")),
        ("An early count put the number of martyrs at two.", ("killed", 2, None, None, None)),
        ("the death toll has risen to 67 by Friday", ("killed", 67, None, None, None)),
        ("The toll later rose to four, according to the civil defence.", ("killed", 4, None, None, None)),
        ("the death toll among the soldiers rose to three", ("killed", 3, None, None, None)),
        ("the SDF repelled the assault, killing three attackers", ("killed", 3, None, None, "attackers")),
        ("the jets destroyed the cave and killed all the terrorists inside", ("killed", None, None, None, None)),
    ],
)
def test_extraction_casualties_coding(text, expected):
    figures = _figures(text)
    assert len(figures) == 1, figures
    f = figures[0]
    assert (f.status, f.count, f.min_count, f.max_count, f.victim_side) == expected
    assert text[f.start : f.end].strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three Peshmerga and a civilian were killed in an ambush.", [("killed", 3), ("killed", 1, "civilians")]),
        (
            "The attacks left 14 civilians and 11 members of the regime forces dead.",
            [("killed", 14, "civilians"), ("killed", 11, "state")],
        ),
    ],
)
def test_extraction_casualties_two_groups_in_one_figure(text, expected):
    figures = _figures(text)
    got = [(f.status, f.count, f.victim_side) for f in figures]
    assert [g[: len(e)] for g, e in zip(got, expected, strict=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the attackers numbered around 15 and that three of them were killed", ("killed", 3)),
        ("Two fighters were killed and four others wounded late Sunday.", ("injured", 4)),
        ("shelled the villages, injuring a civilian and damaging houses", ("injured", 1)),
        ("while a child who was passing by was lightly injured by shrapnel", ("injured", 1)),
        ("a man in his forties was wounded in the leg", ("injured", 1)),
        ("Al-Baghdadi blew himself up during the raid", ("killed", 1)),
    ],
)
def test_extraction_casualties_more_figure_forms(text, expected):
    assert expected in [(f.status, f.count) for f in _figures(text)]
    assert ("killed", 15) not in [(f.status, f.count) for f in _figures(text)]


def test_extraction_casualties_two_figures_in_one_clause():
    figures = _figures("A roadside bomb exploded, killing 5 and wounding 10 in Diwaniyah.")
    assert [(f.status, f.count) for f in figures] == [("killed", 5), ("injured", 10)]


def test_extraction_casualties_named_person_and_other_members():
    text = "The attack killed Maj. Gen. Vyacheslav Gladkih and injured two other Russian service members."
    person = EntitySpan(text.index("Vyacheslav"), text.index(" and"), "Vyacheslav Gladkih", "P", "actor")
    start = text.index("Russian service")
    group = EntitySpan(start, start + len("Russian service members"), "Russian service members", "R", "actor")
    figures = _figures(text, [person, group], {"P"})
    assert [(f.status, f.count, f.victim_iri) for f in figures] == [("killed", 1, "P"), ("injured", 2, "R")]
    assert figures[1].other_of and figures[0].person_iri == "P"


def test_extraction_casualties_victim_is_named_actor():
    text = "Pro-government sources claim that up to 30 ISIS members were neutralized."
    start = text.index("ISIS")
    figures = _figures(text, [EntitySpan(start, start + 4, "ISIS", "IS", "actor")])
    assert figures[0].victim_iri == "IS"


@pytest.mark.parametrize(
    "text",
    [
        "the Turkish military currently has up to 60 observation posts",
        "ISIS conducted 29 attacks last week",
        "a drone struck near the airport without causing casualties",
    ],
)
def test_extraction_casualties_no_figure_without_status(text):
    assert _figures(text) == []
