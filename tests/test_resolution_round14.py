"""Resolution, round 14: a group named in full once, then by the last word of its Arabic name.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _places, _resolve


@pytest.mark.parametrize(
    ("text", "group", "short"),
    [
        ("Faylaq al-Rahman said it repelled the assault on Wednesday. Two Rahman fighters were killed in the "
         "fighting, the group added.", "Faylaq al-Rahman", "Rahman"),
        ("The Nour al-Din al-Zenki Movement accused its rivals of breaking the truce. Overnight, a Zenki "
         "commander was seized at a checkpoint outside the town.", "Nour al-Din al-Zenki Movement", "Zenki"),
    ],
)
def test_last_word_of_a_full_name_is_the_group(reference, text, group, short) -> None:
    result = _resolve(f"Report\n\n{text}", reference)
    assert short in _actors(result).get(group, set()), _actors(result)


def test_no_short_name_before_the_full_name(reference) -> None:
    text = "Report\n\nRahman fighters were seen near the road. Later, Faylaq al-Rahman denied any role."
    result = _resolve(text, reference)
    assert "Rahman" not in _actors(result).get("Faylaq al-Rahman", set()), _actors(result)


def test_no_short_name_without_a_member_noun(reference) -> None:
    text = "Report\n\nFaylaq al-Rahman denied any role. Rahman said the road was quiet."
    result = _resolve(text, reference)
    assert "Rahman" not in _actors(result).get("Faylaq al-Rahman", set()), _actors(result)


def test_a_word_two_groups_share_is_nobody_s_short_name(reference) -> None:
    text = (
        "Report\n\nAhrar al-Sham and Hayat Tahrir al-Sham fought near the crossing. Sham fighters were later "
        "seen leaving the town."
    )
    result = _resolve(text, reference)
    assert not any("Sham" in aliases for aliases in _actors(result).values()), _actors(result)


# --- a country's name before a currency noun ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The kidnappers freed the shepherd after his family paid 5,000 US dollars.",
        "Fuel now sells for 2,000 Syrian pounds a litre in the city.",
    ],
)
def test_a_currency_names_no_state(reference, sentence) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert not {"United States", "Syria"} & set(_actors(result)), _actors(result)


def test_the_state_beside_a_currency_is_still_the_state(reference) -> None:
    result = _resolve("Report\n\nThe US said it had paid 5,000 dollars to each family.", reference)
    assert "United States" in _actors(result), _actors(result)


# --- a party one deals "with" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Local notables were accused of collaborating with Damascus, a charge they deny.", "Damascus"),
        ("The tribal council reached a settlement with Baghdad last month.", "Baghdad"),
    ],
)
def test_a_capital_one_deals_with_is_no_place(reference, sentence, name) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert name not in _places(result), _places(result)
    assert any(name in aliases for aliases in _actors(result).values()), _actors(result)


def test_a_capital_reached_by_a_road_stays_a_place(reference) -> None:
    result = _resolve("Report\n\nThe convoy took the road linking Baghdad with Amman.", reference)
    assert "Baghdad" in _places(result), _places(result)


# --- a description's reading the article never names, when it names the alternative ---------------------


def test_kurdish_militias_are_the_ypg_a_story_names_alone(reference) -> None:
    text = (
        "Report\n\nKurdish militias drove the jihadists out of the Syrian town of Amuda on Friday. The People's "
        "Protection Units (YPG) said three of its men were killed."
    )
    result = _resolve(text, reference)
    assert "Kurdish militias" in _actors(result).get("People's Protection Units", set()), _actors(result)
    assert "Syrian Democratic Forces" not in _actors(result), _actors(result)


def test_kurdish_fighters_stay_the_sdf_when_the_sdf_is_named(reference) -> None:
    text = (
        "Report\n\nKurdish fighters repelled the attack on the Syrian town of Amuda on Friday, the Syrian "
        "Democratic Forces said. The People's Protection Units (YPG) lead the alliance."
    )
    result = _resolve(text, reference)
    assert "Kurdish fighters" in _actors(result).get("Syrian Democratic Forces", set()), _actors(result)


def test_a_disclaimer_naming_the_russian_federation_is_no_place(reference) -> None:
    text = (
        "Report\n\nRussian jets struck hideouts of the Islamic State* near Palmyra.\n\n"
        "* The organization is banned in the Russian Federation."
    )
    result = _resolve(text, reference)
    assert "Russia" not in _places(result), _places(result)
