"""Attribution, round 19: "said by the evening that", "said by telephone" are no passives; "declared victory" or
"declared a caliphate" is an act, not a report; "officials and a monitoring group said" credits the first-named
even when the second has its article; "the PMF media office said" is credited in the text's own words; "according
to a coalition statement" credits the coalition the article named; "a source at al-Razi Hospital" keeps the
hospital it works in; relatives are a source. "according to figures released by the department" credits whoever
released them (the department named before), and the outlet named without its generic word or its article
("Dijlah" in a Dijlah TV story, "Baghdad Post" in The Baghdad Post's) is the publisher's own voice."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from kg.extraction.sentences import Sentence
from tests.test_extraction_attribution_round15 import _actor, _names


def _bare(text: str) -> list[str]:
    return _names(AttributionFinder([], {}, text=text), text)


def test_a_time_after_by_is_no_passive():
    text = "The operations room said by nightfall that soldiers had entered three hamlets west of the river."
    assert _bare(text) == ["operations room"]


def test_a_medium_after_by_is_no_passive():
    text = "A police colonel said by telephone that gunmen had burned two trucks on the highway."
    assert _bare(text) == ["police colonel"]


def test_a_real_passive_still_reports_nothing():
    text = "The two bombings, both claimed by the group, killed nine people at the market."
    assert _bare(text) == []


def test_declaring_victory_is_no_report():
    text = "Troops pushed into the valley on Friday, a month after the minister declared victory over the rebels."
    assert _bare(text) == []


def test_declaring_a_caliphate_is_no_report():
    text = "The militants overran much of the north in May and declared a caliphate across the border."
    assert _bare(text) == []


def test_declaring_that_still_reports():
    text = "The governor declared that the rebels had left the town of Qasra overnight."
    assert _bare(text) == ["governor"]


def test_officials_and_a_monitor_credit_the_first_named():
    text = "A drone strike on a depot near Hajin killed at least nine people, Iraqi officials and a rights group said."
    assert _bare(text) == ["Iraqi officials"]


def test_a_source_at_a_named_hospital():
    text = "Shells fired from the orchards wounded four civilians, a source at al-Razi Hospital said."
    assert _bare(text) == ["source at al-Razi Hospital"]


def test_relatives_are_a_source():
    text = "Relatives of a teacher from Salamiyah said he had been seized by masked men at a checkpoint."
    assert _bare(text) == ["relatives"]


def test_a_bodys_media_office_in_its_own_words():
    text = "Fighters of the Tribal Army stormed two farms near the dam, the TA media office said."
    span, actor = _actor(text, "TA", "TA", "Tribal Army", "ArmedGroup")
    assert _names(AttributionFinder([span], {"TA": actor}, text=text), text) == ["TA media office"]


def test_a_statement_named_by_a_bare_noun_credits_the_body():
    first = "Jets of the Northern Alliance bombed a convoy near Karama on Monday."
    second = "Eleven trucks were destroyed, according to an alliance statement."
    text = f"{first} {second}"
    span, actor = _actor(text, "Northern Alliance", "NA", "Northern Alliance", "Coalition")
    finder = AttributionFinder([span], {"NA": actor}, text=text)
    assert _names(finder, first, second) == ["Northern Alliance"]


def test_figures_released_by_a_body_credit_it():
    text = "Jets have struck the district 40 times since June, according to figures released by the Border Guard."
    assert _bare(text) == ["Border Guard"]


def test_figures_released_by_the_department_named_before():
    first = "The Department of Civil Protection said two shelters were hit on Friday."
    second = "Rockets have hit the town 30 times since May, according to figures released by the department."
    finder = AttributionFinder([], {}, text=f"{first} {second}")
    assert _names(finder, first, second) == ["Department of Civil Protection", "Department of Civil Protection"]


def test_the_outlet_named_without_its_generic_word_is_its_own_voice():
    text = "According to figures compiled by Tigris, the group has abducted 14 herders since March."
    finder = AttributionFinder([], {}, publisher="Tigris TV", text=text)
    found = finder.find(Sentence(0, 0, "body", 0, len(text), text))
    assert [a.own_voice for a in found] == [True]


def test_the_outlet_named_without_its_article_is_its_own_voice():
    text = "The militants have struck the district 12 times since May, according to figures compiled by Basra Courier."
    finder = AttributionFinder([], {}, publisher="The Basra Courier", text=text)
    found = finder.find(Sentence(0, 0, "body", 0, len(text), text))
    assert [a.own_voice for a in found] == [True]
