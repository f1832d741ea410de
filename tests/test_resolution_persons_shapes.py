"""Person name shapes beyond ranks and capitalised titles, on sentences written for these tests: a lower-case
title before the name, 'led by <Name>', an apposition with an owner before the role ('an ISIS official', 'the
group's former wali'), a nickname in brackets before the apposition, and kunya names ('Abu X al-Y')."""

from __future__ import annotations

import pytest

from kg.articles import article_from_text
from kg.resolution import resolve_mentions


def _persons(sentence: str) -> set[str]:
    resolved = resolve_mentions(article_from_text(f"Fighting flares in the north\n\n{sentence}\n"))
    return {a.name for a in resolved.actors.values() if a.type == "Person"}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Iraqi government spokesman Basim al-Awadi condemned the strikes.", "Basim al-Awadi"),
        ("The SDF commander Hassan Mohammed Ali said the attack was repelled.", "Hassan Mohammed Ali"),
        ("The gang is led by Wasim Abu Assi, who fled toward Damascus.", "Wasim Abu Assi"),
        ("The brigade, headed by Khaled al-Hamad, withdrew from the town.", "Khaled al-Hamad"),
        ("Forces captured Abu Hamza al-Shuhayli, an ISIS official responsible for attacks.", "Abu Hamza al-Shuhayli"),
        ("Abu Yasser al-Issawi, the group's former wali of Iraq, was killed in a raid.", "Abu Yasser al-Issawi"),
        (
            "The arrest of Ahmed al-Khabil (Abu Khawla), the former commander of the council, sparked clashes.",
            "Ahmed al-Khabil",
        ),
        ("A drone strike killed Abu Baqir al-Saadi in eastern Baghdad.", "Abu Baqir al-Saadi"),
    ],
)
def test_resolution_person_shapes(sentence: str, person: str) -> None:
    assert person in _persons(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The villages of Abu al-Duhur and Abu Kamal were shelled.",
        "The operation was led by the Syrian Democratic Forces.",
        "The offensive was led by Russia and Iran, the statement said.",
    ],
)
def test_resolution_places_and_groups_are_no_persons(sentence: str) -> None:
    assert not _persons(sentence)
