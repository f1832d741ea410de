"""Casualty figures, round 8: victims described by age or by an abbreviated nationality, kin and colleagues
counted with the first victim, tolls revised with a time phrase, quoted figures, and wounded counted as an
adjective ("received 30 wounded soldiers"). Sentences are our own."""

from __future__ import annotations

import pytest

from kg.extraction.casualties import find_figures
from kg.model import EntitySpan


def _figures(text: str, spans: list[EntitySpan] | None = None):
    return [(f.status, f.count, f.min_count, f.max_count) for f in find_figures(text, 0, spans or [], set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Masked men shot dead a 45-year-old farmer near the well on Tuesday.", [("killed", 1, None, None)]),
        ("An 8-year-old girl was wounded by shrapnel in the courtyard.", [("injured", 1, None, None)]),
        ("The mortar round killed an elderly aid worker outside the clinic.", [("killed", 1, None, None)]),
        ("A French special forces soldier was killed in the raid, Paris said.", [("killed", 1, None, None)]),
    ],
)
def test_one_victim_described_by_age_nationality_or_unit(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff said three nurses and a patient were killed when the ward collapsed.", [("killed", 4, None, None)]),
        ("The shell killed two paramedics and a driver outside the hospital.", [("killed", 2, None, None)]),
        ("Activists said five passengers were wounded when the bus was hit.", [("injured", 5, None, None)]),
    ],
)
def test_medical_staff_patients_and_passengers_are_civilians(text, expected):
    assert _figures(text) == expected
    assert all(f.victim_side == "civilians" for f in find_figures(text, 0, [], set()))


def test_a_clinic_strike_counts_fighters_and_medical_staff_apart():
    text = "The drone hit a field clinic, killing three militia fighters and two medical staff."
    assert _figures(text) == [("killed", 3, None, None), ("killed", 2, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose overnight to 9 as two of the wounded died.", ("killed", 9, None, None)),
        ("By Friday the toll had climbed from four to seven, the governor said.", ("killed", 7, None, None)),
        ("The toll rose on Monday evening to at least 15.", ("killed", None, 15, None)),
    ],
)
def test_a_revised_toll_with_a_time_phrase_before_to(text, expected):
    assert expected in _figures(text)


def test_a_toll_put_at_for_a_longer_victim_phrase():
    text = "The monitor put the number of police officers and prison guards killed at 21."
    assert _figures(text) == [("killed", 21, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The army said "several" infiltrators were killed at the fence.', [("killed", None, None, None)]),
        ("The ministry said “dozens” of gunmen were killed in the raid.", [("killed", None, None, None)]),
        ('Medics said "12" people were injured.', [("injured", 12, None, None)]),
    ],
)
def test_a_figure_in_quotation_marks(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clinic in the town received 18 wounded fighters overnight.", [("injured", 18, None, None)]),
        ("Rescuers pulled seven injured people from the collapsed building.", [("injured", 7, None, None)]),
        ("The field hospital treated more than 40 wounded civilians on Sunday.", [("injured", None, 41, None)]),
    ],
)
def test_wounded_told_as_an_adjective_before_the_victims(text, expected):
    assert _figures(text) == expected


def test_the_wounded_already_counted_are_no_new_figure():
    text = "Nine soldiers were wounded in the blast. The nine wounded soldiers were flown to Baghdad."
    assert _figures(text) == [("injured", 9, None, None)]
    assert _figures("Doctors operated on the 12 wounded civilians through the night.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast left three guards dead and a fourth wounded, police said.",
            [("killed", 3, None, None), ("injured", 1, None, None)],
        ),
        (
            "Two militiamen were killed and another wounded at the checkpoint.",
            [("killed", 2, None, None), ("injured", 1, None, None)],
        ),
    ],
)
def test_one_more_victim_wounded_after_the_dead(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monitors said the battle killed 80 jihadists, 31 soldiers and border guards, and six civilians.",
            [("killed", 80, None, None), ("killed", 31, None, None), ("killed", 6, None, None)],
        ),
        (
            "The shelling killed 14 fighters, two policemen and at least three civilians, the monitor said.",
            [("killed", 14, None, None), ("killed", 2, None, None), ("killed", None, 3, None)],
        ),
    ],
)
def test_a_list_of_victim_groups_after_the_verb(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The strike killed 12 people, 10 of them children.",
        "Gunmen killed three soldiers, two days after the truce was signed.",
        "The blast killed nine people, three hours after the curfew ended.",
    ],
)
def test_what_follows_a_comma_without_a_victim_group_is_no_figure(text):
    assert len(_figures(text)) == 1
