"""Attribution, round 22: "local media, including X, reported" credits the one outlet named after "including"; "a
count by X" is X's; an outlet whose name closes with a country ("Hashtag Syria") speaks in its own voice when the
text names it without the country."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from tests.test_extraction_attribution_round15 import _actor, _names, _sentence


def test_the_outlet_named_after_including_reports():
    text = "Several opposition pages, including Idlib Plus, reported that jets struck a bakery in Sarmin."
    span, actor = _actor(text, "Idlib Plus", "M1", "Idlib Plus", "MediaOutlet")
    assert _names(AttributionFinder([span], {"M1": actor}, text=text), text) == ["Idlib Plus"]


def test_the_outlet_named_after_among_them_reports():
    text = "Kurdish channels, among them Ronahi Voice, said that drones hit a car near Amuda."
    assert _names(AttributionFinder([], {}, text=text), text) == ["Ronahi Voice"]


def test_a_count_by_a_body_is_the_bodys():
    text = "More than 60 fighters were killed in the desert this year, according to a count by the Tadmur Monitor."
    assert _names(AttributionFinder([], {}, text=text), text) == ["Tadmur Monitor"]
    text = "Nine shepherds were killed by mines in March, according to a tally kept by Badia Watch."
    assert _names(AttributionFinder([], {}, text=text), text) == ["Badia Watch"]


def test_a_count_by_the_outlet_is_its_own_voice():
    text = "More than 60 soldiers were killed in the desert this year, according to a count by Sunrise."
    found = AttributionFinder([], {}, publisher="Sunrise Syria", text=text).find(_sentence(text))
    assert [a.own_voice for a in found] == [True]


def test_a_country_opening_an_outlets_name_is_kept():
    text = "Jets struck a bakery in Sarmin, Iraq said."
    found = AttributionFinder([], {}, publisher="Iraq Today", text=text).find(_sentence(text))
    assert [a.own_voice for a in found] == [False]


def test_a_title_anaphor_takes_up_the_body_its_holder_spoke_for():
    first = "Jets downed two drones, the head of the Hmeimim Monitoring Centre, Major General Oleg Sorin, said."
    second = "According to the general, militants shelled nine villages in the past day."
    centre, body = _actor(first, "Hmeimim Monitoring Centre", "B1", "Hmeimim Monitoring Centre", "GovernmentBody")
    person, sorin = _actor(first, "Major General Oleg Sorin", "P1", "Oleg Sorin", "Person")
    finder = AttributionFinder([centre, person], {"B1": body, "P1": sorin}, text=first + " " + second)
    assert _names(finder, first, second) == ["Hmeimim Monitoring Centre", "Hmeimim Monitoring Centre"]


def test_a_name_before_an_apposition_in_dashes_speaks():
    text = "The Tigris Front—an alliance of Iran-aligned armed factions—claimed two drone attacks on the base."
    front, group = _actor(text, "Tigris Front", "G1", "Tigris Front", "ArmedGroup")
    factions, other = _actor(text, "Iran-aligned armed factions", "G2", "Iran-aligned factions", "ArmedGroup")
    finder = AttributionFinder([front, factions], {"G1": group, "G2": other}, text=text)
    assert _names(finder, text) == ["Tigris Front"]


def test_an_aside_between_subject_and_verb_is_no_part_of_the_source():
    text = "Local medics, for their part, said that six people were killed when shells hit the market in Douma."
    assert _names(AttributionFinder([], {}, text=text), text) == ["local medics"]
    text = "The Kurdish Red Crescent, in turn, said that shells hit the market in Tal Tamr."
    assert _names(AttributionFinder([], {}, text=text), text) == ["Kurdish Red Crescent"]


def test_an_unread_first_name_of_two_sources_is_credited():
    text = "Shelling killed nine people in Ariha, according to the Idlib Health Directorate and the White Helmets."
    span, actor = _actor(text, "White Helmets", "B1", "Syria Civil Defence", "Other")
    assert _names(AttributionFinder([span], {"B1": actor}, text=text), text) == ["Idlib Health Directorate"]
