"""Relations revised for unseen articles (round twenty-five), each read through the whole pipeline.

Phrases the earlier rounds misread:

- "P has been besieged by X", "the X-besieged town": a besieger surrounds a place it does not hold, so no
  controls is told;
- "the X militants/terrorists/rebels, armed by Y": a plural noun after the name still leaves the name the
  backed side;
- "Iran's Quds Force and Lebanon's Hezbollah launched a joint offensive": a country owning the co-agent named
  right after it only says whose group is meant; it neither joins the alliance nor breaks the list of sides, and
  "backed by Lebanon's X and Iran's Y" still names backers, not allies;
- "Ahrar al-Sham and Jaysh al-Islam stormed …", "Russian and Syrian air forces struck …": two armed groups, or
  the forces of two states, acting together are not told as allies (annotators mark an alliance there only
  where the text states it); a militia acting with a state's army still is its ally;
- "its weekly newsletter al-Naba", "the group's news agency X": an outlet named with its owner's possessive and
  a word for its kind is part of the owner.

Every case is a sentence written for this test in the manner of an outlet.
"""

from __future__ import annotations

import pytest
from test_extraction_relations_round20 import _relations


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The Shia town of Amirli had been besieged by the Islamic State for nearly three months before the "
            "army arrived.",
            ("Islamic State", "controls", "Amirli"),
        ),
        (
            "Aid convoys have not reached the ISIS-besieged town of Amirli since June.",
            ("Islamic State", "controls", "Amirli"),
        ),
    ],
)
def test_a_besieger_does_not_hold_the_besieged_place(text: str, absent: tuple[str, str, str]) -> None:
    found = _relations(text)
    assert absent not in found, found


def test_a_plural_noun_after_the_backed_name_keeps_it_the_backed_side() -> None:
    found = _relations(
        "Jabhat al-Nusra terrorists, armed and financed by Qatar, opened fire on a bus near the town of Hama."
    )
    assert ("Qatar", "supports", "Hayat Tahrir al-Sham") in found, found


def _allied(found: set[tuple[str, str, str]] | list[tuple[str, str, str]], first: str, second: str) -> bool:
    """Whether the relations hold an alliance between the two, either way round."""
    return (first, "alliedWith", second) in found or (second, "alliedWith", first) in found


def test_co_agents_owned_by_a_country_are_allies_and_the_country_is_not() -> None:
    found = _relations(
        "Iran's Quds Force and Lebanon's Hezbollah launched a joint offensive on the town of Khan Tuman on Monday."
    )
    assert _allied(found, "Quds Force", "Hezbollah"), found
    assert not _allied(found, "Quds Force", "Lebanon"), found
    assert not _allied(found, "Hezbollah", "Iran"), found


def test_backers_owned_by_countries_are_not_allies_of_each_other() -> None:
    found = _relations(
        "Government troops, backed by Lebanon's Hezbollah and Iran's Quds Force, shelled the town of Saraqib."
    )
    assert ("Hezbollah", "supports", "Syrian Arab Army") in found, found
    assert not _allied(found, "Hezbollah", "Quds Force"), found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Fighters of Ahrar al-Sham and Jaysh al-Islam stormed the village of Tal Kurdi on Tuesday.",
            "Ahrar al-Sham",
            "Jaysh al-Islam",
        ),
        (
            "Russian Aerospace Forces and the Syrian Arab Air Force carried out dozens of air strikes on the town of "
            "Kafr Nabl.",
            "Russian Aerospace Forces",
            "Syrian Arab Air Force",
        ),
    ],
)
def test_two_groups_or_two_states_forces_acting_together_are_no_allies(text: str, first: str, second: str) -> None:
    found = _relations(text)
    assert not _allied(found, first, second), found


def test_a_militia_acting_with_the_army_is_its_ally() -> None:
    found = _relations(
        "Syrian government troops and the National Defence Forces captured the hill of Tal Sawda on Wednesday."
    )
    assert _allied(found, "National Defense Forces", "Syrian Arab Army"), found


def test_an_outlet_a_group_names_with_its_kind_is_part_of_it() -> None:
    found = _relations(
        "The Islamic State has stepped up attacks in Diyala. The group's own tallies show a rising campaign. In May, "
        "its weekly newsletter al-Naba listed 40 attacks."
    )
    assert ("al-Naba", "partOf", "Islamic State") in found, found
