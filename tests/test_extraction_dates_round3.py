"""Dates, round 3: "The attack came a day after X on Sunday" dates X by the day the clause states, not by a day
counted from the date told last (which need not be the attack's), while a date that only names a noun ("the
February 20 vote") leaves the count; "A simultaneous raid", "at the same time" is the day just dated. "On July
17, three days before the Zakho attack" counts from the act it names, so it is the stated day's apposition."""

from __future__ import annotations

from kg.extraction.dates import DateResolver, json_date
from tests.test_extraction_dates_round2 import PUBLISHED, _date


def test_a_stated_weekday_dates_the_act_after_came_a_day_after():
    resolver = DateResolver(PUBLISHED)
    assert _date(resolver, "On Tuesday morning, troops set up checkpoints on the road.") == "2021-03-09"
    text = "The assault came a day after a bomber blew himself up at a checkpoint in Baiji on Sunday."
    assert _date(resolver, text, 60) == "2021-03-07"


def test_came_a_day_after_alone_still_counts_back():
    resolver = DateResolver(PUBLISHED)
    assert _date(resolver, "Gunmen stormed the prison on Monday night.") == "2021-03-08"
    assert _date(resolver, "The assault came a day after police arrested two men in the town.", 50) == "2021-03-07"


def test_a_simultaneous_act_is_the_day_just_dated():
    resolver = DateResolver(PUBLISHED)
    assert _date(resolver, "Gunmen stormed the jail in Kufa late on Sunday.") == "2021-03-07"
    assert _date(resolver, "A simultaneous assault was launched on the jail in Hilla.", 50) == "2021-03-07"



def test_a_date_naming_a_noun_leaves_came_a_day_after_counting():
    resolver = DateResolver(PUBLISHED)
    assert _date(resolver, "A drone hit the minister's house on Sunday.") == "2021-03-07"
    text = "The strike came two days after protesters clashed with guards over the February 20 vote."
    assert _date(resolver, text, 45) == "2021-03-05"


def test_a_count_from_a_named_act_is_the_stated_day():
    resolver = DateResolver(PUBLISHED)
    assert _date(resolver, "Shells hit the market on February 20.") == "2021-02-20"
    text = "On February 11, two days before the market attack, gunmen ambushed a convoy near Amadiya."
    assert [json_date(m.value) for m in resolver.mentions(text, 40)] == ["2021-02-11", "2021-02-11"]

