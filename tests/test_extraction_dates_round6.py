"""Dates, round 6: a date restated in brackets after a report's day ("told Rudaw on Friday (June 5)") is the report's
too, and the act's own day before that report stays the act's; "Two days before the kidnapping" counts from the lead
incident's day, as "before the attack" does; a day's possessive naming the act ("Tuesday's shelling killed four")
dates it; a day between a subject and its reporting verb ("The ministry on Thursday put the toll") is the
report's; "this afternoon" and "this evening" are the publication day, as "this morning" is."""

from __future__ import annotations

import datetime

from kg.extraction.dates import DateResolver
from tests.test_extraction_dates_round2 import _date
from tests.test_extraction_dates_round5 import _story


def test_a_bracketed_report_date_leaves_the_acts_day():
    text = (
        "Two policemen were killed when gunmen attacked their checkpoint near Tuz Khurmatu, late on Wednesday, "
        "a police officer told Rudaw on Friday (June 5)."
    )
    assert _date(DateResolver(datetime.date(2020, 6, 5)), text) == "2020-06-03"


def test_the_bracketed_restatement_of_a_report_day_is_no_event_date():
    resolver = DateResolver(datetime.date(2020, 6, 5))
    text = "Gunmen attacked a checkpoint near Tuz Khurmatu, a police officer told Rudaw on Friday (June 5)."
    assert [m.is_report_date for m in resolver.mentions(text, 0)] == [True, True]


def test_a_day_before_the_kidnapping_counts_from_the_lead():
    dates = _story(
        DateResolver(datetime.date(2021, 3, 15)),
        "Gunmen abducted a pharmacist from his shop in Busra on Wednesday night.",
        "His family found his body on Saturday near the dam.",
        "Three days before the kidnapping, a mine killed two farmers near the same town.",
    )
    assert dates == ["2021-03-10", "2021-03-13", "2021-03-07"]


def test_a_days_possessive_naming_the_act_still_dates_it():
    text = "Tuesday's shelling of the camp near Bamarni killed four civilians."
    assert _date(DateResolver(datetime.date(2022, 8, 5)), text) == "2022-08-02"


def test_a_day_between_a_subject_and_its_reporting_verb_is_the_reports():
    resolver = DateResolver(datetime.date(2022, 8, 5))
    text = "The health ministry on Thursday put the death toll from the strikes on Sinjar, late on Wednesday, at 11."
    assert [m.is_report_date for m in resolver.mentions(text, 0)] == [True, False]
    text = "The provincial council on Thursday said that drones hit a car near Sinjar."
    assert [m.is_report_date for m in resolver.mentions(text, 0)] == [True]


def test_this_afternoon_is_the_publication_day():
    text = "Army helicopters struck an ISIS hideout near Tarmiyah this afternoon."
    assert _date(DateResolver(datetime.date(2021, 12, 2)), text) == "2021-12-02"
    text = "Gunmen fired on a checkpoint in Baquba this evening, a police source said."
    assert _date(DateResolver(datetime.date(2021, 12, 2)), text) == "2021-12-02"


def test_a_statement_carried_by_an_outlet_is_a_report_frame():
    text = (
        "The Levant Front said in a statement carried by its Nida news agency on 14 May that its fighters had "
        "withdrawn from two hills near Kafr Nabl."
    )
    resolver = DateResolver(datetime.date(2019, 5, 15))
    assert [m.is_report_date for m in resolver.mentions(text, 0)] == [True]
