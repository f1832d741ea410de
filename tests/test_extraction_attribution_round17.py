"""Attribution, round 17: two kinds of unnamed witness coordinated as one reporting subject ("residents and
security officials said", "local officials and residents told") are one source in the text's own words; a
monitor coordinated with witnesses ("a war monitor and local activists said") still credits the monitor, the body
named first."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from kg.extraction.sentences import Sentence


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
