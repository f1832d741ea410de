"""Attribution, round 18: a subject whose first predicate is a perfect ("The SDF has since sent reinforcements …
and said") is the words before the auxiliary, as for a past tense; an absolute phrase ("…, with no casualties
reported") reports nothing; tribal and community leaders are unnamed witnesses, so "local officials and tribal
leaders told" is one source in the text's own words."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from kg.extraction.sentences import Sentence


def _names(text: str) -> list[str]:
    finder = AttributionFinder([], {}, text=text)
    return [a.claimant.name for a in finder.find(Sentence(0, 0, "body", 0, len(text), text))]


def test_a_perfect_coordinated_with_the_reporting_verb():
    text = "The Peshmerga have since sent two battalions to the front and said on Monday that the road was open."
    assert _names(text) == ["Peshmerga"]


def test_an_absolute_phrase_reports_nothing():
    text = "Jets struck the outskirts of the two villages in the afternoon, with no casualties reported."
    assert _names(text) == []


def test_an_absolute_phrase_without_reports_nothing():
    text = "Rockets fell on the market at noon, without any damage reported."
    assert _names(text) == []


def test_officials_and_tribal_leaders_speak_as_one_source():
    text = "Militants overran two villages east of the city on Monday, local officials and tribal leaders said."
    assert _names(text) == ["local officials and tribal leaders"]


def test_tribal_elders_alone_are_still_a_source():
    text = "Gunmen abducted four shepherds near the dam on Sunday, tribal elders told reporters."
    assert _names(text) == ["tribal elders"]
