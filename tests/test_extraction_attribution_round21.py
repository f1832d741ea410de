"""Attribution, round 21: the full stop of an abbreviated rank ends no inverted subject ("…, said Army Col. X, a
spokesman …"), and the service before that rank is no speaker; "the media center run by Hezbollah" is the center;
"according to our documentation" is the outlet's own voice; a describing noun before a body's name ("the NGO X Y")
is left out; an act that "was reported" with no reporter is credited to unspecified reports."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from tests.test_extraction_attribution_round15 import _actor, _names, _sentence


def test_an_abbreviated_rank_in_an_inverted_subject():
    text = "Jets destroyed a launcher near Hit, said Maj. Sam Ortega, a spokesman for the task force."
    span, actor = _actor(text, "Sam Ortega", "P1", "Sam Ortega", "Person")
    assert _names(AttributionFinder([span], {"P1": actor}, text=text), text) == ["Sam Ortega"]


def test_the_service_before_a_rank_is_part_of_the_title():
    text = "Drones struck a weapons cache near Rawa, killing two militants, said Navy Capt. Ellen Voss, a spokeswoman."
    navy, body = _actor(text, "Navy", "B1", "United States Navy", "StateForce")
    person, voss = _actor(text, "Capt. Ellen Voss", "P1", "Ellen Voss", "Person")
    finder = AttributionFinder([navy, person], {"B1": body, "P1": voss}, text=text)
    assert _names(finder, text) == ["Ellen Voss"]


def test_a_body_a_person_speaks_for_is_still_credited():
    text = "Jets struck a depot near Palmyra, the Reconciliation Center's deputy chief Oleg Voronin said."
    center, body = _actor(text, "Reconciliation Center", "B1", "Russian Reconciliation Center", "GovernmentBody")
    person, voronin = _actor(text, "Oleg Voronin", "P1", "Oleg Voronin", "Person")
    finder = AttributionFinder([center, person], {"B1": body, "P1": voronin}, text=text)
    assert _names(finder, text) == ["Russian Reconciliation Center"]


def test_a_source_run_by_a_party_is_the_source():
    text = "Fighters took a ridge above Qara, according to the Frontline Media Office run by Kataib Hezbollah."
    span, actor = _actor(text, "Kataib Hezbollah", "G1", "Kata'ib Hezbollah", "ArmedGroup")
    assert _names(AttributionFinder([span], {"G1": actor}, text=text), text) == ["Frontline Media Office"]


def test_our_documentation_is_the_outlets_own_voice():
    text = "Some 900 villagers were killed in the first week of the assault, according to our documentation."
    found = AttributionFinder([], {}, text=text).find(_sentence(text))
    assert [a.own_voice for a in found] == [True]


def test_a_describing_noun_before_a_name_is_left_out():
    text = "According to the charity Children First Relief, 14 civilians were killed in the shelling of Ariha."
    assert _names(AttributionFinder([], {}, text=text), text) == ["Children First Relief"]


def test_a_name_opening_with_a_describing_adjective_stays_whole():
    text = "According to the Syrian Network for Human Rights, 14 civilians were killed in the shelling of Ariha."
    assert _names(AttributionFinder([], {}, text=text), text) == ["Syrian Network for Human Rights"]


def test_an_act_reported_without_a_reporter():
    text = "Three drone strikes on militia positions near Hajin were reported overnight."
    assert _names(AttributionFinder([], {}, text=text), text) == ["unspecified reports"]
    text = "Government forces were reported to have shelled rebel positions in Thiban during the week."
    assert _names(AttributionFinder([], {}, text=text), text) == ["unspecified reports"]


def test_no_casualties_reported_credits_no_one():
    text = "Militants fired four rockets at the airbase, but no casualties were reported in the attack."
    assert _names(AttributionFinder([], {}, text=text), text) == []


def test_the_same_source_is_the_one_cited_before_with_that_noun():
    first = "Jets struck a fuel convoy near Hit on Monday, a military source said."
    second = "A local resident said smoke rose over the town."
    third = "Troops later arrested four suspects near Rawa, according to the same source."
    text = " ".join((first, second, third))
    assert _names(AttributionFinder([], {}, text=text), first, second, third) == [
        "military source",
        "local resident",
        "military source",
    ]


def test_the_same_page_is_the_one_an_apposition_described():
    first = "Rawa Today, a local news page on Telegram, said the drone had hit a militia truck."
    second = "A doctor at the town clinic told reporters that two bodies were brought in."
    third = "A day earlier, gunmen killed a shepherd east of the town, according to the same local page."
    text = " ".join((first, second, third))
    span, actor = _actor(text, "Rawa Today", "O1", "Rawa Today", "MediaOutlet")
    assert _names(AttributionFinder([span], {"O1": actor}, text=text), first, second, third) == [
        "Rawa Today",
        "doctor",
        "Rawa Today",
    ]
