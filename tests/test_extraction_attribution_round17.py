"""Attribution, round 17: two kinds of unnamed witness coordinated as one reporting subject ("residents and
security officials said", "local officials and residents told") are one source in the text's own words; a
monitor coordinated with witnesses ("a war monitor and local activists said") still credits the monitor, the body
named first. A name in apposition after a role ("The director of the sub-district, Delshad Taha, said") is the
source; a perfect auxiliary before the reporting verb ("The Islamic Resistance had claimed") is no part of it.
"A source close to X" is credited whole, not as a bare source and not as X."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from kg.extraction.sentences import Sentence
from kg.model import ActorEntity, Decision, EntitySpan


def _names(text: str) -> list[str]:
    finder = AttributionFinder([], {}, text=text)
    return [a.claimant.name for a in finder.find(Sentence(0, 0, "body", 0, len(text), text))]


def test_two_kinds_of_witness_speak_as_one_source():
    text = "Gunmen stormed the police station in Hit on Tuesday night, residents and security officials said."
    assert _names(text) == ["residents and security officials"]


def test_two_kinds_of_witness_opening_the_sentence():
    text = "Local officials and residents told reporters that troops had built two new outposts near the village."
    assert _names(text) == ["local officials and residents"]


def test_a_monitor_and_witnesses_credit_the_monitor():
    text = "Troops stormed the old quarter on Friday, a war monitor and local activists said."
    assert _names(text) != ["war monitor and local activists"]


def test_a_name_in_apposition_after_a_role_speaks():
    text = "The director of the sub-district, Delshad Taha, said Turkish soldiers had moved on Sunday to the village."
    assert _names(text) == ["Delshad Taha"]


def test_a_role_in_apposition_after_a_name_still_gives_the_name():
    text = "Farhad Shami, the spokesman of the Syrian Democratic Forces, said the fighters had moved on Sunday."
    assert _names(text) == ["Farhad Shami"]


def test_a_perfect_auxiliary_is_no_part_of_the_source():
    text = "The Islamic Resistance had claimed in a statement that it targeted the base with drones on Monday."
    assert _names(text) == ["Islamic Resistance"]


def test_a_source_close_to_a_body_is_credited_whole():
    text = "Patrols entered the neighbourhood yesterday evening, a source close to the negotiations said."
    assert _names(text) == ["source close to the negotiations"]


def test_a_name_in_apposition_after_a_role_naming_a_body_credits_the_body():
    text = (
        "Air defences downed two drones on Sunday evening, the head of the Reconciliation Centre, Major General "
        "Viktor Kupchishin, said."
    )
    body = text.index("Reconciliation Centre")
    person = text.index("Viktor Kupchishin")
    spans = [
        EntitySpan(body, body + len("Reconciliation Centre"), "Reconciliation Centre", "RCC", "actor"),
        EntitySpan(person, person + len("Viktor Kupchishin"), "Viktor Kupchishin", "VK", "actor"),
    ]
    actors = {
        "RCC": ActorEntity("RCC", "Russian Reconciliation Center for Syria", "GovernmentBody", Decision.LINKED),
        "VK": ActorEntity("VK", "Viktor Kupchishin", "Person", Decision.LINKED),
    }
    finder = AttributionFinder(spans, actors, text=text)
    found = [a.claimant.name for a in finder.find(Sentence(0, 0, "body", 0, len(text), text))]
    assert found == ["Russian Reconciliation Center for Syria"]
