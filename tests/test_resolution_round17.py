"""Resolution, round 17: actors named the way news text names them.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

from test_resolution_general import _actors, _resolve

# --- a date before a name the sentence opens with ------------------------------------------------------------


def test_weekday_and_the_before_a_command_are_no_part_of_its_name(reference) -> None:
    text = "Report\n\nOn Sunday the Kifri Operations Command said two smugglers were detained."
    actors = _actors(_resolve(text, reference))
    assert "Kifri Operations Command" in actors, actors
    assert not any(name.startswith("Sunday") for name in actors), actors


def test_month_before_a_command_is_no_part_of_its_name(reference) -> None:
    text = "Report\n\nIn October the Nineveh Police Command reported three arrests near the river."
    actors = _actors(_resolve(text, reference))
    assert not any(name.startswith("October") for name in actors), actors


# --- persons in apposition with a role the news gives civilians ----------------------------------------------


def test_presenter_in_apposition_is_a_person(reference) -> None:
    text = "Report\n\nGunmen shot dead Layla Mansour, a presenter for a local radio station, near her home."
    actors = _actors(_resolve(text, reference))
    assert actors.get("Layla Mansour") == {"Layla Mansour"}, actors


def test_mukhtar_in_apposition_is_a_person(reference) -> None:
    text = "Report\n\nGunmen killed Saad Obeidi, the mukhtar of a village near the lake, at dawn."
    actors = _actors(_resolve(text, reference))
    assert "Saad Obeidi" in actors, actors


def test_a_place_in_apposition_with_a_reporter_is_no_person(reference) -> None:
    text = "Report\n\nShelling hit Kafr Nabl, a correspondent said on Monday."
    actors = _actors(_resolve(text, reference))
    assert "Kafr Nabl" not in actors, actors


# --- honorifics, kunyas and hyphenated given names -----------------------------------------------------------


def test_hajj_is_an_honorific_before_a_name(reference) -> None:
    text = "Report\n\nThe dead include Hajj Karim Abu Hussein, who led the unit."
    actors = _actors(_resolve(text, reference))
    assert "Karim Abu Hussein" in actors, actors


def test_kunya_with_a_capitalised_article(reference) -> None:
    text = "Report\n\nThe raid killed a local emir known as Abu Saleh Al-Dulaimi, officials said."
    actors = _actors(_resolve(text, reference))
    assert "Abu Saleh Al-Dulaimi" in actors, actors


def test_hyphenated_given_name_after_a_rank(reference) -> None:
    text = "Report\n\nGeneral Ali-Akbar Nazari was killed in the strike on the building."
    actors = _actors(_resolve(text, reference))
    assert "Ali-Akbar Nazari" in actors, actors


# --- a title between 'led by' and the name -------------------------------------------------------------------


def test_title_after_led_by_is_no_part_of_the_name(reference) -> None:
    text = "Report\n\nThe delegation, led by President Karim Haddad Al Masri, arrived on Monday."
    actors = _actors(_resolve(text, reference))
    assert "Karim Haddad Al Masri" in actors, actors
    assert not any(name.startswith("President") for name in actors), actors


def test_led_by_a_title_and_one_word_keeps_the_whole_mention(reference) -> None:
    text = "Report\n\nThe delegation was led by President Haddad on Monday."
    actors = _actors(_resolve(text, reference))
    assert "President Haddad" in actors, actors


# --- Syria's new government ----------------------------------------------------------------------------------


def test_syrias_new_government_is_the_transitional_government(reference) -> None:
    text = "Report\n\nQatar voiced support for Syria's new government after the attack in Homs."
    actors = _actors(_resolve(text, reference))
    assert actors.get("Syrian transitional government") == {"Syria's new government"}, actors


def test_new_syrian_government(reference) -> None:
    text = "Report\n\nThe new Syrian government condemned the incursion near Quneitra."
    actors = _actors(_resolve(text, reference))
    assert "Syrian transitional government" in actors, actors
    assert "Syrian government" not in actors, actors


# --- where a sentence is: names that say nothing of it --------------------------------------------------------


def test_rebels_in_an_iraqi_story_after_the_full_name_of_isis_are_no_syrian_opposition(reference) -> None:
    text = (
        "Report\n\nGunmen of the Islamic State of Iraq and Syria seized Bayji on Monday. "
        "Iraqi jets bombed insurgent positions near Bayji the next day."
    )
    actors = _actors(_resolve(text, reference))
    assert "Syrian opposition armed groups" not in actors, actors


def test_a_town_inside_a_persons_name_says_nothing_of_the_country(reference) -> None:
    text = (
        "Report\n\nIraqi jets bombed the area on Monday. Former premier Nouri al-Maliki spoke to parliament, "
        "and insurgent positions were hit again."
    )
    actors = _actors(_resolve(text, reference))
    assert "Syrian opposition armed groups" not in actors, actors


def test_rebels_in_a_syrian_story_stay_the_opposition(reference) -> None:
    text = "Report\n\nSyrian jets bombed rebel positions near Idlib on Monday."
    actors = _actors(_resolve(text, reference))
    assert "Syrian opposition armed groups" in actors, actors


# --- a backed-group phrase in a describing relative clause ---------------------------------------------------


def test_which_it_describes_as_a_backed_militia_describes_the_named_group(reference) -> None:
    text = "Report\n\nThe Pentagon hit Harakat al-Nujaba, which it calls an Iran-backed militia, on Sunday."
    actors = _actors(_resolve(text, reference))
    assert "Iranian-backed militias" not in actors, actors
    assert "Iran" in actors, actors


def test_backed_militias_in_a_where_clause_stay_the_umbrella(reference) -> None:
    text = "Report\n\nRockets fell on Baghdad, where Iran-backed militias are strong."
    actors = _actors(_resolve(text, reference))
    assert "Iranian-backed militias" in actors, actors


# --- Iranian and Arab outlets' names for Israel --------------------------------------------------------------


def test_zionist_regime_is_the_state(reference) -> None:
    text = "Report\n\nThe Zionist regime struck the suburb at night. The usurping regime will regret it."
    actors = _actors(_resolve(text, reference))
    assert actors.get("Israel") == {"Zionist regime", "usurping regime"}, actors
    assert "Israeli government" not in actors, actors


# --- a capital as the object of a verb of reminding or warning -----------------------------------------------


def test_reminding_a_capital_is_the_state(reference) -> None:
    text = "Report\n\nMoscow sent a letter to the Turkish General Staff, reminding Ankara of its duties in Idlib."
    result = _resolve(text, reference)
    assert "Ankara" in _actors(result).get("Turkey", set()), _actors(result)
