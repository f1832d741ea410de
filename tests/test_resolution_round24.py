"""Resolution, round 24: an English imperative spelled like a place ("Read our analysis"), an outlet's name without
its article as the tail of another name ("… Conflict Monitor"), "Tel"/"Til" opening a longer place name,
the second name of a pair after a strong place trigger ("positions at X and Y"), and a country's possessive before
an elided superlative or an "al-" place name; persons named as the second of a pair ("named … as X and Y"), after a
kin noun ("her sister X") or only by a nom de guerre; a capital that presses, prepares or orders as the government.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

from test_resolution_general import _actors, _places, _resolve

# --- an English imperative folded onto a place name ---------------------------------------------------------------


def test_imperative_read_before_its_object_is_no_place(reference) -> None:
    text = (
        "Shelling near Kirkuk\n\n"
        "Mortar rounds fell on a market in Dibis on Sunday, police said.\n\n"
        "Members only: Read our full report on the northern front."
    )
    places = _places(_resolve(text, reference))
    assert "Al-Riyad" not in places, places
    assert "Dibis" in places, places


def test_riyad_written_as_a_name_is_still_the_place(reference) -> None:
    text = "Clashes in Kirkuk\n\nGunmen attacked a police post in Riyad, west of Kirkuk, on Sunday night."
    assert "Al-Riyad" in _places(_resolve(text, reference))


# --- an outlet's name without its article inside another name -----------------------------------------------------


def test_monitor_at_the_end_of_another_name_is_no_al_monitor(reference) -> None:
    text = (
        "Chemical attacks counted\n\n"
        "The group has fired shells with toxic agents 30 times, according to a count kept by Acme Conflict Monitor."
    )
    assert "Al-Monitor" not in _actors(_resolve(text, reference))


def test_al_monitor_with_its_article_is_still_the_outlet(reference) -> None:
    text = "Strike report\n\nA drone hit a truck near Qamishli on Friday, Al-Monitor reported."
    assert "Al-Monitor" in _actors(_resolve(text, reference))


# --- "Tel" and "Til" opening a longer place name ------------------------------------------------------------------


def test_tel_opening_an_unknown_name_is_no_al_tall(reference) -> None:
    text = "Front line\n\nFighters attacked outposts on the Tel Hamdan front east of Mosul on Friday."
    assert "Al-Tall" not in _places(_resolve(text, reference))


# --- the second name of a pair after a strong place trigger -------------------------------------------------------


def test_positions_at_two_unknown_villages_are_both_places(reference) -> None:
    text = (
        "Front line attack\n\n"
        "The militants stormed army positions at Qasr Hamdi and Mala Yousif, about 20 km south of Kirkuk, at dawn."
    )
    places = _places(_resolve(text, reference))
    assert "Qasr Hamdi" in places and "Mala Yousif" in places, places
    assert "Malah" not in places, places


def test_near_two_places_keeps_the_second(reference) -> None:
    text = "Shelling\n\nArtillery shells fell near Qasr Hamdi and Kharab Sudan on Tuesday, a monitor said."
    places = _places(_resolve(text, reference))
    assert "Kharab Sudan" in places, places


def test_near_a_place_and_a_group_mints_no_place(reference) -> None:
    text = "Clashes\n\nFighting broke out near Qasr Hamdi and Kurdish fighters pulled back on Tuesday."
    places = _places(_resolve(text, reference))
    assert not any("Kurdish" in p for p in places), places


# --- a country's possessive before an elided superlative or an 'al-' place name -----------------------------------


def test_country_before_elided_superlative_is_no_actor(reference) -> None:
    text = "Dam seized\n\nMilitants seized the reservoir, Syria's biggest, after a week of fighting near Tabqa."
    assert "Syria" not in _actors(_resolve(text, reference))


def test_country_before_article_place_name_is_the_place(reference) -> None:
    text = "Border town\n\nThe Syrian town of Albu Kamal faces Iraq's al-Qaim across the Euphrates."
    result = _resolve(text, reference)
    assert "Iraq" not in _actors(result), _actors(result)
    assert "Iraq" in _places(result), _places(result)


# --- persons named in pairs, as relatives, or only by a nom de guerre ---------------------------------------------


def test_second_of_two_named_fighters_is_a_person(reference) -> None:
    text = (
        "Drone strike in Sinjar\n\n"
        "The group named the two dead fighters as Rezan Ferhad and Cûdî Xelîl and said they were hit by a drone."
    )
    actors = _actors(_resolve(text, reference))
    assert "Rezan Ferhad" in actors and "Cûdî Xelîl" in actors, actors


def test_relative_named_after_kin_noun_is_a_person(reference) -> None:
    text = "Drone strike\n\nA drone hit the car of a local official; his brother Rêber Hesen (27) died at the scene."
    assert "Rêber Hesen" in _actors(_resolve(text, reference))


def test_nom_de_guerre_alone_names_a_person(reference) -> None:
    text = "Night attack\n\nA YPG commander who uses the nom de guerre Baran Zagros said the attack was repelled."
    assert "Baran Zagros" in _actors(_resolve(text, reference))


def test_operation_code_named_is_no_person(reference) -> None:
    text = "Offensive\n\nThe army launched an operation code-named Desert Thunder near Hit on Sunday."
    assert "Desert Thunder" not in _actors(_resolve(text, reference))


# --- a capital as the government before more acting verbs ---------------------------------------------------------


def test_capital_that_presses_a_campaign_is_the_government(reference) -> None:
    text = "Offensive\n\nClashes spread near Tuz Khurmatu as Baghdad pressed its drive to reclaim the disputed areas."
    result = _resolve(text, reference)
    assert "Iraqi government" in _actors(result), _actors(result)
    assert "Baghdad" not in _places(result), _places(result)


def test_capital_that_orders_troops_is_the_government(reference) -> None:
    text = "Withdrawal\n\nDamascus ordered its units to leave the border posts near Qamishli on Friday."
    assert "Syrian government" in _actors(_resolve(text, reference))


def test_city_that_prepares_is_still_a_place(reference) -> None:
    text = "Siege\n\nHoms prepared for a long siege as fighting reached its outskirts."
    assert "Homs" in _places(_resolve(text, reference))
