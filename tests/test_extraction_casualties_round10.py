"""Casualty figures, round 10: "neutralized" in the Turkish official idiom. Sentences are our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures
from kg.model import EntitySpan


def _figures(text: str, spans: list[EntitySpan] | None = None):
    return [(f.status, f.count, f.min_count, f.max_count) for f in find_figures(text, 0, spans or [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said its commandos neutralized nine PKK terrorists near the border.", (9, None)),
        ("At least 40 terrorists have been neutralised since the start of the operation.", (None, 40)),
        ("Eleven YPG terrorists who were spotted by drones were neutralized in Afrin.", (11, None)),
        ("Howitzers returned fire, neutralizing four terrorists, the statement said.", (4, None)),
    ],
)
def test_neutralized_terrorists_is_killed_or_injured(text, expected):
    assert _figures(text) == [("killed_or_injured", *expected, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer quotes the idiom or names the victims otherwise: read as killed
        ('Ankara said eight "terrorists" had been neutralised in the raid.', ("killed", 8, None, None)),
        ("The army said its artillery had neutralised 25 regime soldiers.", ("killed", 25, None, None)),
        ("Officials said 14 PKK militants were neutralized in the mountains.", ("killed", 14, None, None)),
    ],
)
def test_neutralized_other_victims_is_killed(text, expected):
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Masked men assassinated on Friday evening Khalil al-Hariri, a local notable, in Jasim.",
        "Gunmen killed late Sunday Khalil al-Hariri outside his home.",
        "Unknown attackers killed yesterday Khalil al-Hariri near the border.",
    ],
)
def test_named_victim_after_the_verb_and_a_time_phrase(text):
    start = text.index("Khalil")
    span = EntitySpan(start, start + len("Khalil al-Hariri"), "Khalil al-Hariri", "P1", "actor")
    figures = find_figures(text, 0, [span], {"P1"})
    assert [(f.status, f.count, f.person_iri) for f in figures] == [("killed", 1, "P1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A roadside bomb went off, wounding an officer with the rank of major and a member of the patrol.", 1),
        ("The blast wounded an officer with the rank of colonel and a member, police said.", 2),
        ("Gunmen killed a soldier and a member in the raid on the checkpoint.", 2),
        ("The mine killed an officer with the rank of captain and two soldiers.", 3),
    ],
)
def test_an_officer_with_a_rank_and_a_member(text, expected):
    figures = find_figures(text, 0, [], set())
    assert [(f.count, f.victim_side) for f in figures] == [(expected, "state")]


def test_a_member_after_a_civilian_is_not_joined():
    assert _figures("The shell hit a market, wounding a civilian and a member.") == [("injured", 1, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The statement listed "the martyrdom of two of our men and the injury of five others", it said.',
         [("killed", 2, None, None), ("injured", 5, None, None)]),
        ('The ministry said the raid ended "with the killing of six terrorists".', [("killed", 6, None, None)]),
    ],
)
def test_a_death_of_figure_before_a_closing_quote(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["A drone killed in the strike was made in Iran.", "Everyone killed in the raid was a civilian, they said."],
)
def test_one_inside_a_word_is_no_number(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescue teams recovered seven bodies from the collapsed building.", ("killed", 7, None, None)),
        ("Villagers found at least 12 bodies near the river.", ("killed", None, 12, None)),
        ("The morgue in Mosul had received 19 bodies by Friday night.", ("killed", 19, None, None)),
    ],
)
def test_bodies_recovered_are_dead(text, expected):
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Rescue teams recovered the bodies from the collapsed building.",
        # 'two more bodies' adds to a toll already told: no figure of its own
        "The toll rose to nine after rescuers recovered two more bodies from the rubble.",
    ],
)
def test_bodies_without_a_figure_of_their_own(text):
    assert ("killed", 2, None, None) not in _figures(text)
    assert all(f[1] != 2 for f in _figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jets flew 30 sorties, destroying weapons depots, vehicles and up to 45 militants.", (None, None, 45)),
        ("Helicopters destroyed 14 IS fighters and three pickup trucks near the river.", (14, None, None)),
    ],
)
def test_fighters_listed_among_things_destroyed(text, expected):
    assert _figures(text) == [("killed", *expected)]


def test_destroyed_things_are_no_figure():
    assert _figures("The strikes destroyed three vehicles and two bunkers.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were killed in the blast. A third soldier later died of his wounds.", [2, 3]),
        ("The shelling killed a farmer, and a second farmer died in hospital on Monday.", [1, 2]),
    ],
)
def test_an_ordinal_victim_who_died_raises_the_toll(text, expected):
    assert [f[1] for f in _figures(text) if f[0] == "killed"] == expected


def test_an_ordinal_that_is_no_victim():
    assert _figures("The commander was killed on the second day of the offensive.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The army said "a number" of soldiers were "martyred" in the raid.', ("killed", None, None, None)),
        ('Officials said "at least 9" policemen were wounded.', ("injured", None, 9, None)),
    ],
)
def test_a_figure_in_quotation_marks(text, expected):
    assert _figures(text) == [expected]
