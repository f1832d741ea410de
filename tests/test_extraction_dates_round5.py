"""Dates, round 5: with no publication date, a day and month take the year the text itself last stated; the day a
"came two days after" counts back to is a statement's, no event's and no anchor; "before dawn" is a part of the day
just told; "A day before the attack" counts from the lead incident's day."""

from __future__ import annotations

import datetime

from kg.extraction.dates import DateResolver
from tests.test_extraction_dates_round2 import _date


def _story(resolver: DateResolver, *sentences: str) -> list[str | None]:
    """The event date of each sentence, read in order by one resolver."""
    dates, offset = [], 0
    for sentence in sentences:
        dates.append(_date(resolver, sentence, offset))
        offset += len(sentence) + 1
    return dates


def test_a_year_stated_in_the_text_dates_later_days_without_a_publication_date():
    dates = _story(
        DateResolver(None),
        "On 4 March 2013, rebels stormed the airbase outside Taftanaz.",
        "On 6 March, government jets bombed the rebels' positions near the runway.",
    )
    assert dates == ["2013-03-04", "2013-03-06"]


def test_without_any_year_the_day_stays_yearless():
    assert _story(DateResolver(None), "On 6 March, jets bombed the rebels' positions near the runway.") == ["--03-06"]


def test_a_statement_counted_back_to_dates_nothing_and_anchors_nothing():
    dates = _story(
        DateResolver(datetime.date(2014, 4, 10)),
        "Gunmen killed five policemen in Baquba yesterday.",
        "The killings came two days after the group's emir, Abu Hafs, said in a recorded message that his men "
        "would strike the province again.",
        "In the evening, troops sealed the roads into the city.",
    )
    assert dates == ["2014-04-09", None, "2014-04-09"]


def test_an_act_counted_back_to_still_dates_the_sentence():
    dates = _story(
        DateResolver(datetime.date(2014, 4, 10)),
        "Gunmen killed five policemen in Baquba yesterday.",
        "The killings came two days after a car bomb killed a judge in the same district.",
    )
    assert dates == ["2014-04-09", "2014-04-07"]


def test_before_dawn_is_the_day_just_told():
    dates = _story(
        DateResolver(datetime.date(2014, 4, 10)),
        "A wave of bombings hit towns north of the capital yesterday.",
        "In Mansuriya, gunmen overran a police post before dawn and killed six officers.",
    )
    assert dates == ["2014-04-09", "2014-04-09"]


def test_a_day_before_the_attack_counts_from_the_lead_incident():
    dates = _story(
        DateResolver(datetime.date(2021, 5, 14)),
        "Militants raided an army checkpoint near Tuz Khurmatu on Wednesday night, killing a soldier.",
        "Federal police units were sent to the area early on Thursday, the source added.",
        "A day before the attack, a roadside bomb wounded two shepherds south of the town.",
    )
    assert dates == ["2021-05-12", "2021-05-13", "2021-05-11"]
