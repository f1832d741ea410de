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
