"""Round 25 (casualties): a named person whose death is told after an apposition or relative clause set off by
commas ("Colonel X, the commander of …, was killed") is one dead, as one whose name comes right before "was
killed" (the apposition opens with an article, a possessive or "who"), and a commander so killed while
leading a counterattack is a loss of the attack he struck back at. Texts are our own."""

from __future__ import annotations

from test_extraction_incidents_round22 import _counts, _events


def test_extraction_casualties_a_person_killed_after_an_apposition_is_one_dead():
    body = (
        "On Tuesday, Colonel Farhad Zebari, the commander of the Peshmerga battalion in the Gwer sector, was "
        "killed by a sniper near Makhmour, a Peshmerga spokesman said."
    )
    events = _events(body)
    assert any(("killed", 1) in _counts(e) for e in events)


def test_extraction_casualties_a_person_killed_after_a_relative_clause_is_one_dead():
    body = (
        "Last Friday, Captain Oleg Smirnov, who was guiding air strikes for the Syrian army, was killed near "
        "al-Qaryatayn when his position came under mortar fire, the ministry said."
    )
    events = _events(body)
    assert any(("killed", 1) in _counts(e) for e in events)


def test_extraction_casualties_a_commander_killed_leading_the_counterattack_is_the_attacks_dead():
    body = (
        "ISIS militants attacked Peshmerga positions at Bashir and Taza, south of Kirkuk, with car bombs and "
        "mortars at dawn on Friday, a Peshmerga officer said. Colonel Farhad Zebari, the commander of the "
        "Peshmerga forces in the Bashir sector, was killed by a sniper while leading the counterattack, the "
        "officer said.\n\n"
        "The Peshmerga command said six Peshmerga were killed and 20 wounded."
    )
    events = _events(body)
    attacks = [e for e in events if e["type"] == "Attack"]
    assert len(attacks) == 1
    assert {("killed", 1), ("killed", 6)} <= _counts(attacks[0])
