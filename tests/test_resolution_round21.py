"""Resolution, round 21: compound ranks, persons named after 'named ... as', tribes listed before one
plural head noun, a Turkish story's 'General Staff', the Golan buffer zone told by its kind alone, and reference
gaps (persons, an organisation, towns, an alias).

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

from test_resolution_general import _actors, _places, _resolve

# --- compound ranks: "First Lieutenant", "Staff Sergeant" are no part of the name --------------------------------


def test_compound_rank_is_not_part_of_the_persons_name(reference) -> None:
    text = (
        "Officer shot in Kirkuk\n\n"
        "Gunmen opened fire on Second Lieutenant Karim Abdul-Wahid, an officer in the traffic police, outside his "
        "house in Kirkuk on Friday. Staff Sergeant Omar Jassim, a guard at the station, was wounded."
    )
    actors = _actors(_resolve(text, reference))
    assert "Karim Abdul-Wahid" in actors, actors
    assert "Omar Jassim" in actors, actors
    assert not any(name.startswith(("Second", "Staff")) for name in actors), actors


# --- a person named after "named ... as" -------------------------------------------------------------------------


def test_name_after_named_by_as_is_a_person(reference) -> None:
    text = (
        "Engineer killed in Dohuk\n\n"
        "A foreign engineer, named by local media as Marek Kowalczyk, was killed when a bomb hit his car."
    )
    actors = _actors(_resolve(text, reference))
    assert actors.get("Marek Kowalczyk") == {"Marek Kowalczyk"}, actors


# --- tribes listed before one plural head noun -------------------------------------------------------------------


def test_tribes_listed_before_one_plural_noun_are_each_a_tribe(reference) -> None:
    text = (
        "Land dispute turns deadly\n\n"
        "Gunfire broke out near Amarah between men of the Bani Lam and Al Azerij tribes, leaving one dead."
    )
    actors = _actors(_resolve(text, reference))
    assert "Bani Lam tribe" in actors, actors
    assert "Al Azerij tribe" in actors, actors


def test_three_tribes_in_a_list(reference) -> None:
    text = "Truce\n\nElders of the Jubur, Obeid and Shammar clans signed a truce in Kirkuk on Tuesday."
    actors = _actors(_resolve(text, reference))
    assert {"Jubur tribe", "Obeid tribe", "Shammar tribe"} <= set(actors), actors


# --- "the General Staff" in a Turkish story -----------------------------------------------------------------------


def test_bare_general_staff_in_a_turkish_story(reference) -> None:
    text = (
        "Turkish soldier killed\n\n"
        "A Turkish soldier was killed by PKK fire in Hatay, the General Staff said in a statement on Monday."
    )
    actors = _actors(_resolve(text, reference))
    assert actors.get("Turkish General Staff") == {"General Staff"}, actors


# --- the Golan buffer zone told by its kind alone ----------------------------------------------------------------


def test_buffer_zone_in_a_golan_story_is_the_golan_buffer_zone(reference) -> None:
    text = (
        "Israeli troops move\n\n"
        "Israeli tanks entered the buffer zone west of Quneitra on Thursday, local residents said."
    )
    places = _places(_resolve(text, reference))
    assert places.get("Golan buffer zone") == {"buffer zone"}, places


def test_buffer_zone_elsewhere_or_with_a_modifier_is_not_the_golan_one(reference) -> None:
    text = (
        "Talks\n\n"
        "Ankara wants a Turkish buffer zone along the border near Tal Abyad, officials said. "
        "A buffer zone was also discussed for Afrin."
    )
    places = _places(_resolve(text, reference))
    assert "Golan buffer zone" not in places, places


# --- reference gaps ---------------------------------------------------------------------------------------------


def test_leaders_and_organisations_without_titles(reference) -> None:
    text = (
        "Reactions\n\n"
        "Benjamin Netanyahu and Israel Katz met on Sunday, while Joseph Aoun called for calm. "
        "Kongra Star condemned the attack, recalling the group Zahran Alloush once led."
    )
    actors = _actors(_resolve(text, reference))
    for name in ("Benjamin Netanyahu", "Israel Katz", "Joseph Aoun", "Kongra Star", "Zahran Alloush"):
        assert name in actors, (name, actors)


def test_nineveh_towns_and_hakurk(reference) -> None:
    text = (
        "Front line\n\n"
        "Peshmerga units reinforced Telskuf on Monday, while families fled Badush. "
        "Turkish jets struck the Hakurk region the same night."
    )
    places = _places(_resolve(text, reference))
    assert places.get("Tesqopa") == {"Telskuf"}, places
    assert "Badush" in places, places
    assert "Khwakurk" in places, places



# --- the publisher's name before its gloss --------------------------------------------------------------------


def test_publisher_named_before_a_bracketed_gloss_is_no_actor(reference) -> None:
    text = "Strikes\n\nA farmer in Hajin told Tigris News, however, that the raid hit an empty barn."
    actors = _actors(_resolve(text, reference, publisher="Tigris News (Mesopotamia Desk)"))
    assert "Tigris News" not in actors, actors


def test_a_bracketed_country_gloss_still_leaves_the_country_a_mention(reference) -> None:
    text = "Raid\n\nIraqi jets struck a hideout near Rutba, Iraq said on Monday."
    result = _resolve(text, reference, publisher="Desert Courier (Iraq)")
    assert "Iraq" in _actors(result) or "Iraq" in _places(result), (_actors(result), _places(result))


# --- "<town> border gate" is that town's border crossing -----------------------------------------------------------


def test_border_gate_is_a_border_crossing(reference) -> None:
    text = "Convoy crosses\n\nA column of trucks entered Syria through the Karkamış border gate on Monday."
    places = _places(_resolve(text, reference))
    assert places.get("Karkamış border crossing") == {"Karkamış border gate"}, places
