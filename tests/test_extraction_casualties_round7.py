"""Casualty figures, round 7: quoted statuses, tolls told as they stand, a day of the month is no figure, and more
ways to count the dead. Sentences are our own, in the styles of other outlets."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures
from kg.model import EntitySpan


def _figures(text: str, spans: list[EntitySpan] | None = None):
    return [(f.status, f.count, f.min_count, f.max_count) for f in find_figures(text, 0, spans or [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia said three of its men had been “martyred” in the raid.", [("killed", 3, None, None)]),
        ('The ministry said 12 "terrorists" were "neutralised" near the border.', [("killed", 12, None, None)]),
        ('Pro-government outlets said over 50 villagers had been "slaughtered" there.', [("killed", None, 51, None)]),
        ("Rights groups say 20 prisoners were massacred at the depot.", [("killed", 20, None, None)]),
    ],
)
def test_a_status_in_quotation_marks_or_told_as_a_massacre(text, expected):
    assert _figures(text) == expected


def test_a_day_of_the_month_before_and_is_no_figure():
    text = "Gunmen raided the village on October 4 and killed at least nine civilians, activists said."
    assert _figures(text) == [("killed", None, 9, None)]
    assert _figures("Militants raided the post on 4 October and killed six guards.") == [("killed", 6, None, None)]


def test_a_bare_passive_still_reads_a_figure_before_a_preposition():
    assert _figures("Four soldiers killed at dawn were buried on Friday.") == [("killed", 4, None, None)]


def test_all_before_the_number():
    assert _figures("The missile hit the minibus, killing all five passengers on board.") == [("killed", 5, None, None)]
    # "all the fighters" stays a figure without numbers
    assert _figures("Troops stormed the hideout and killed all the militants inside.") == [("killed", None, None, None)]


def test_killing_and_enslaving_is_killing():
    text = "The jihadists overran the district in 2014, killing and abducting thousands of Yazidis."
    assert _figures(text) == [("killed", None, None, None)]


def test_killing_and_capturing_is_not_read_as_killing_alone():
    assert _figures("Commandos raided the cave, killing and capturing 14 fighters.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A provincial official later put the number of policemen killed at seven.", ("killed", 7, None, None)),
        ("Hospital staff put the number of wounded at 40.", ("injured", 40, None, None)),
        ("Medics said the real number of dead was more than 30.", ("killed", None, 31, None)),
        ("By evening the death toll among the guards stood at 11, the governor said.", ("killed", 11, None, None)),
        ("The number of casualties was three, a doctor said.", ("killed_or_injured", 3, None, None)),
    ],
)
def test_a_toll_told_as_it_stands(text, expected):
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The toll was not immediately known.",
        "The number of fighters is estimated at 5,000.",
        "Officials put the number of displaced at 12,000.",
    ],
)
def test_no_toll_without_dead_or_a_number(text):
    assert _figures(text) == []


def test_a_singular_service_member_is_of_the_state_side():
    figures = find_figures("Officials said one French service member was killed in the blast.", 0, [], set())
    assert [(f.status, f.count, f.victim_side) for f in figures] == [("killed", 1, "state")]
    text = "The blast killed three Danish soldiers and one British service member."
    assert [(f.count, f.victim_side) for f in find_figures(text, 0, [], set())] == [(4, "state")]


def test_a_country_before_civilians_names_where_they_are_from():
    text = "The blast killed two Canadian civilians near the market."
    start = text.index("Canadian")
    canada = EntitySpan(start, start + len("Canadian"), "Canadian", "CANADA", "actor")
    figures = find_figures(text, 0, [canada], set())
    assert [(f.count, f.victim_iri, f.victim_side) for f in figures] == [(2, None, "civilians")]


def test_a_country_before_soldiers_stays_the_victim():
    text = "The blast killed two Canadian soldiers near the market."
    start = text.index("Canadian")
    canada = EntitySpan(start, start + len("Canadian"), "Canadian", "CANADA", "actor")
    figures = find_figures(text, 0, [canada], set())
    assert [(f.count, f.victim_iri) for f in figures] == [(2, "CANADA")]
