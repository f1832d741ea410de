"""Resolution, round 8: names written in lower case, attributive adjectives that stand for an actor ("regime
positions", "rebel positions"), groups described by their backer ("US-backed fighters"), a label one side
pins on another in its own words, a former army, and countries named only as places.

Every sentence here is written for the test (not copied from an evaluation article), in several outlets'
styles, with negative cases beside the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _resolve

# --- the Peshmerga in lower case -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The peshmerga withdrew from two villages south of Erbil, Iraq, on Sunday.", "peshmerga"),
        ("Iraqi troops and peshmerga fighters traded fire near Makhmour.", "peshmerga"),
        ("Kurdish officials said peshmerga forces had been put on alert in Kirkuk.", "peshmerga forces"),
    ],
)
def test_peshmerga_in_lower_case_is_the_peshmerga(reference, sentence, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get("Peshmerga", set()), actors


# --- an attributive word before a noun of position, weapon or act ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("Rebels stormed regime positions on the edge of Morek in Hama, Syria, at dawn.", "Syrian Arab Army", "regime"),
        ("Regime artillery pounded the outskirts of Daraa al-Balad, Syria, overnight.", "Syrian Arab Army", "Regime"),
        ("Government shelling of Jisr al-Shughur in Syria killed three civilians.", "Syrian Arab Army", "Government"),
        ("Army helicopters fired on rebel positions near Latakia, Syria, on Friday.",
         "Syrian opposition armed groups", "rebel"),
        ("Opposition artillery hit government checkpoints outside Hama, Syria, activists said.",
         "Syrian opposition armed groups", "Opposition"),
        ("Government checkpoints outside Hama, Syria, came under fire.", "Syrian Arab Army", "Government"),
        ("Government air strikes on Saraqib, Syria, killed a family of five.", "Syrian Arab Air Force", "Government"),
        ("Government reinforcements reached Ramadi, Iraq, on Monday.", "Iraqi Security Forces", "Government"),
    ],
)
def test_an_attributive_word_before_a_position_or_weapon_is_the_actor(reference, sentence, name, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get(name, set()), actors


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Protesters gathered outside government headquarters in Damascus, Syria.", "Syrian Arab Army"),
        ("The talks in Geneva, Switzerland, discussed regime change in Syria.", "Syrian Arab Army"),
        ("Turkish jets struck Kurdish rebel positions in northern Iraq.", "Syrian opposition armed groups"),
        ("Iraqi opposition figures met in Erbil, Iraq, to discuss the elections.", "Syrian opposition armed groups"),
    ],
)
def test_the_word_elsewhere_names_no_armed_actor(reference, sentence, absent) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert absent not in actors, actors


# --- groups described by their backer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("US-backed fighters pushed into the eastern districts of Raqqa, Syria, on Tuesday.", "US-backed fighters"),
        ("U.S.-backed forces repelled an attack near the Conoco gas field in Deir ez-Zor, Syria.",
         "U.S.-backed forces"),
        ("American-backed Kurdish-led forces entered Manbij, Syria, in August.", "American-backed Kurdish-led forces"),
    ],
)
def test_us_backed_forces_in_a_syrian_sentence_are_the_sdf(reference, sentence, surface) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    actors = _actors(result)
    assert surface in actors.get("Syrian Democratic Forces", set()), actors
    assert "United States" in actors  # the backer stays a mention of its State
    assert any(r.predicate == "supports" for r in result.relations)


@pytest.mark.parametrize(
    "sentence",
    [
        "US-backed rebels in southern Syria received anti-tank missiles in 2015.",  # other groups than the SDF
        "US-backed Iraqi forces retook the centre of Ramadi, Iraq, in December.",
        "US-backed fighters were trained at a camp in Jordan, officials in Amman said.",  # no Syrian sentence
    ],
)
def test_us_backed_groups_elsewhere_or_of_another_kind_are_not_the_sdf(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Syrian Democratic Forces" not in actors, actors


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Turkish-backed forces seized two villages west of Tal Tamr, Syria.", "Turkish-backed armed groups"),
        ("Iran-backed forces reinforced their positions near Albu Kamal, Syria.", "Iranian-backed militias"),
    ],
)
def test_backed_forces_are_the_backers_umbrella_group(reference, sentence, name) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert name in actors, actors


# --- an army that no longer exists ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The cell, led by officers of the ousted army, ambushed a patrol near Jableh, Syria.",
        "Remnants of the former army clashed with General Security near Qardaha in Syria.",
        "Soldiers of the disbanded army handed in their weapons at a centre in Latakia, Syria.",
    ],
)
def test_an_ousted_or_disbanded_army_is_not_todays_army(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Syrian Arab Army" not in actors, actors


def test_the_army_itself_is_still_read(reference) -> None:
    actors = _actors(_resolve("Report\n\nThe army shelled villages south of Idlib, Syria, on Monday.", reference))
    assert "The army" in actors.get("Syrian Arab Army", set()), actors


# --- a label one side pins on another ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "labelled"),
    [
        (  # a quoted PKK label in a Syrian story is the SDF
            "Report\n\nIslamic State fighters attacked Syrian Democratic Forces (SDF) posts near Hajin, Syria. "
            "The group's news agency said 40 “PKK apostates” were killed in the raid.",
            "Syrian Democratic Forces",
        ),
        (  # … and the YPG when the article names only the YPG
            "Report\n\nThe People's Protection Units (YPG) held the hill outside Kobani, Syria. "
            "A jihadist channel boasted of killing \"PKK militiamen\" there.",
            "People's Protection Units",
        ),
    ],
)
def test_a_quoted_pkk_label_is_the_kurdish_force_the_article_names(reference, text, labelled) -> None:
    actors = _actors(_resolve(text, reference))
    assert "PKK" in actors.get(labelled, set()), actors
    assert "Kurdistan Workers' Party" not in actors


def test_a_quoted_label_with_nobody_it_is_pinned_on_is_no_actor(reference) -> None:
    text = "Report\n\nA statement on Telegram said “PKK mercenaries” had been driven from the village."
    actors = _actors(_resolve(text, reference))
    assert "Kurdistan Workers' Party" not in actors, actors


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish jets struck PKK militants in the Qandil mountains, Iraq, the ministry said.",
        "Ankara says the YPG is an extension of the “PKK”, which it lists as a terrorist group.",
        "The SDF denied it had ties to the PKK, calling the report “PKK propaganda by Ankara”.",
    ],
)
def test_the_pkk_named_in_its_own_right_stays_the_pkk(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Kurdistan Workers' Party" in actors, actors


# --- the publisher's own office ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, the U.S. Department of Commerce’s Bureau of Industry and Security added three firms that sold "
        "drone parts to Kata'ib Hezbollah to its list.",
        "Today, the US Department of Commerce's Office of Export Enforcement named three firms that sold drone "
        "parts to Kata'ib Hezbollah.",
    ],
)
def test_the_publishers_own_office_is_its_voice_not_an_actor(reference, sentence) -> None:
    result = _resolve(f"Press release\n\n{sentence}", reference, publisher="US Department of Commerce")
    actors = _actors(result)
    assert set(actors) == {"Kata'ib Hezbollah"}, actors  # neither the office, its cut-short name, nor "U.S."


def test_another_bodys_office_in_the_possessive_is_still_read(reference) -> None:
    text = (
        "Report\n\nThe Kurdistan Regional Government's Department of Foreign Relations said the delegation "
        "would visit Baghdad."
    )
    actors = _actors(_resolve(text, reference, publisher="Rudaw"))
    assert any("Kurdistan Regional Government" in name for name in actors), actors


# --- a country named only as the owner of land --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Umm Qasr, Iraq's only outlet to the sea, was shut by protesters on Monday.", "Iraq"),
        ("Tal Abyad, Syria's gateway to the Turkish border, changed hands twice in 2015.", "Syria"),
        ("Sinjar, Iraq's Yazidi heartland district, is still half empty.", "Iraq"),
    ],
)
def test_a_country_owning_land_in_an_apposition_is_no_actor(reference, sentence, country) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert country not in actors, actors


def test_a_country_owning_an_act_or_a_body_is_still_the_state(reference) -> None:
    text = "Report\n\nSyria's decision to reopen the crossing was welcomed, and Iraq's foreign ministry agreed."
    actors = _actors(_resolve(text, reference))
    assert "Syria" in actors and "Iraqi Foreign Ministry" in actors, actors
