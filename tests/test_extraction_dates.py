"""Temporal expressions resolved against the publication date, never guessed."""

from __future__ import annotations

import datetime

import pytest

from kg.extraction.dates import DateResolver, json_date
from kg.model import DateInterval, DateValue

PUBLISHED = datetime.date(2020, 8, 25)  # a Tuesday


def _first(resolver: DateResolver, text: str):
    mentions = resolver.mentions(text, 0)
    assert mentions, text
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On April 14, the Syrian Army kicked off an operation", None, "--04-14"),
        ("On April 14, the Syrian Army kicked off an operation", datetime.date(2020, 4, 20), "2020-04-14"),
        ("clashes erupted near the village on April 9 evening.", None, "--04-09"),
        ("On August 21, the army increased its raids", PUBLISHED, "2020-08-21"),
        ("On Sunday, the army began the operation", PUBLISHED, "2020-08-23"),
        ("On Sunday, the army began the operation", None, None),
        ("on Tuesday the army shelled the town", PUBLISHED, "2020-08-25"),
        ("last Tuesday the army shelled the town", PUBLISHED, "2020-08-18"),  # in a Tuesday paper: a week ago
        ("last Monday the army shelled the town", PUBLISHED, "2020-08-24"),
        ("yesterday, gunmen attacked a checkpoint", PUBLISHED, "2020-08-24"),
        ("the army will launch a new offensive tomorrow morning", PUBLISHED, "2020-08-26"),
        ("the talks resume the day after tomorrow", PUBLISHED, "2020-08-27"),
        ("On 3 March 2019 gunmen attacked", None, "2019-03-03"),
        ("on December 30, a bomb exploded", datetime.date(2021, 1, 5), "2020-12-30"),
        ("Syria conducted 3 chemical attacks in March 2017", None, None),
        ("In 2018, he joined the reconciliation process", None, None),
        ("over the past 24 hours", PUBLISHED, None),
        ("Last week, the Turkish military established three posts", PUBLISHED, None),
        ("in the first week of April alone", None, None),
    ],
)
def test_extraction_dates_json_form(text, published, expected):
    assert json_date(_first(DateResolver(published), text).value) == expected


def test_extraction_dates_precision_kept_for_month_and_year():
    resolver = DateResolver(None)
    assert _first(resolver, "in March 2017").value == DateValue(2017, 3, None, "month")
    assert _first(resolver, "In 2018, he joined").value == DateValue(2018, None, None, "year")


def test_extraction_dates_interval_needs_publication_date():
    assert _first(DateResolver(None), "over the past 24 hours").value is None
    value = _first(DateResolver(PUBLISHED), "over the past 24 hours").value
    assert isinstance(value, DateInterval) and value.end == DateValue(2020, 8, 25, "day")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("On April 14, the army kicked off an operation.", "A day earlier, Iraqi forces launched theirs.", "--04-13"),
        ("On March 1, gunmen attacked.", "A day earlier, a bomb exploded.", "--02-29"),
        ("On August 17, a bomb exploded.", "The next day, gunmen attacked.", "2020-08-18"),
        ("On Sunday, the army began an operation.", "The next day, on Monday, it moved units.", "2020-08-24"),
    ],
)
def test_extraction_dates_relative_to_previous_date(first, second, expected):
    resolver = DateResolver(PUBLISHED if "August" in first or "Sunday" in first else None)
    resolver.mentions(first, 0)
    values = [json_date(m.value) for m in resolver.mentions(second, 100)]
    assert expected in values


def test_extraction_dates_relative_without_anchor_is_unknown():
    resolver = DateResolver(None)
    resolver.mentions("On Sunday, the army began the operation.", 0)
    assert all(m.value is None for m in resolver.mentions("The next day, on Monday, units moved.", 50))


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("On August 20, ISIS claimed responsibility for the recent attack", True),
        ("field sources reported on Wednesday, adding that", True),
        ("On April 14, the Syrian Army and the National Defense Forces kicked off", False),
        ("The attack, which took place on August 18, killed a general", False),
        ("The Security Media Cell announced, on Tuesday, the killing of five terrorists", True),
        # a trailing attribution: the date before it is the incident's
        ("A bomb struck their vehicle in Tarmiyah, north of Baghdad, on Sunday, a security source said.", False),
        ("Rockets hit the base, on Friday, the coalition said", False),
        ("Drones struck the depot, a military source said on Friday.", True),
    ],
)
def test_extraction_dates_report_dates_flagged(text, report):
    assert _first(DateResolver(PUBLISHED), text).is_report_date is report


def test_extraction_dates_offsets_point_into_text():
    text = "Gunmen attacked a checkpoint on April 3 evening."
    mention = _first(DateResolver(None), text)
    assert text[mention.start : mention.end] == mention.text
