"""Dates, round 4: a fixed day of the calendar named by its holiday ("on New Year's Eve", "on Christmas Day") is
that month and day, resolved as "December 31" is: the last one on or before publication."""

from __future__ import annotations

import datetime

from kg.extraction.dates import DateResolver
from tests.test_extraction_dates_round2 import _date


def test_new_years_eve_in_a_january_paper_is_last_december():
    resolver = DateResolver(datetime.date(2019, 1, 4))
    assert _date(resolver, "Rebels fired rockets at the airbase on New Year's Eve, wounding a guard.") == "2018-12-31"


def test_new_years_day_is_the_first_of_january():
    resolver = DateResolver(datetime.date(2019, 1, 4))
    assert _date(resolver, "A car bomb went off near the governorate building on New Year’s Day.") == "2019-01-01"


def test_christmas_day_and_eve():
    resolver = DateResolver(datetime.date(2016, 12, 28))
    assert _date(resolver, "Jets pounded the eastern districts on Christmas Day.") == "2016-12-25"
    assert _date(resolver, "Gunmen attacked a church checkpoint on Christmas Eve.") == "2016-12-24"


def test_without_a_publication_date_the_year_stays_unknown():
    assert _date(DateResolver(None), "Rebels shelled the base on New Year's Eve.") == "--12-31"
