"""Dates, round 2: a trailing reporting clause may carry its own report date ("…, the IDF said on Tuesday."), and
the incident's date before it stays the incident's; a briefing is a medium of the report ("said at a briefing on
Monday"); a digest's heading ends with a dash ("Sinjar: army deploys - On February 24, the ministry announced"),
so the date opening the next clause is a report date. "since September 28, when missiles struck" dates the act of
the when-clause. "The attack came a day after X" dates X a day before the date just stated, "Hours later" keeps it."""

from __future__ import annotations

import datetime

import pytest

from kg.extraction.dates import DateResolver, event_date, json_date

PUBLISHED = datetime.date(2021, 3, 10)  # a Wednesday


def _date(resolver: DateResolver, text: str, start: int = 0) -> str | None:
    return json_date(event_date(resolver.mentions(text, start)))


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Soldiers searched two farms in the buffer zone, on Monday night, the army said on Tuesday.", False),
        ("Gunmen burned a truck on the highway, on Sunday, a police officer told reporters on Monday.", False),
        ("Jets struck a depot in the hills, the colonel said at a briefing on Tuesday.", True),
        ("Kirkuk: troops deploy to the hills - On March 2, the ministry announced that units had moved.", True),
        ("Kirkuk: troops deploy to the hills - On March 2, units moved to the hills near the town.", False),
    ],
)
def test_report_dates_round2(text, report):
    mentions = [m for m in DateResolver(PUBLISHED).mentions(text, 0)]
    assert mentions[0].is_report_date is report


def test_incident_date_before_a_dated_trailing_attribution():
    text = "Soldiers searched two farms in the buffer zone, on Monday night, the army said on Tuesday."
    assert _date(DateResolver(PUBLISHED), text) == "2021-03-08"


def test_since_a_date_when_dates_the_when_clause():
    text = "It is the second raid on the camp since February 3, when drones hit the party's offices."
    assert _date(DateResolver(PUBLISHED), text) == "2021-02-03"


def test_since_a_date_alone_is_a_bound():
    text = "Shelling has hit the camp since February 3 on most nights."
    assert _date(DateResolver(PUBLISHED), text) is None


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The raid came a day after gunmen killed a shepherd near the village.", "2021-03-07"),
        ("The strikes came two days after militants ambushed a convoy on the road.", "2021-03-06"),
        ("Hours later, a column of armoured vehicles entered the town.", "2021-03-08"),
    ],
)
def test_acts_dated_from_the_date_just_stated(second, expected):
    resolver = DateResolver(PUBLISHED)
    first = "Jets struck a depot outside the town on Monday."
    resolver.mentions(first, 0)
    assert _date(resolver, second, 100) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("In the afternoon, jets carried out a dozen raids on the outskirts of the two villages.", "2021-03-08"),
        ("On the same day, the gunmen also attacked two checkpoints on the highway.", "2021-03-08"),
        ("Hours earlier, on Sunday afternoon, artillery shelled the outskirts of the villages.", "2021-03-07"),
        ("Artillery shelled the villages at dawn on Tuesday.", "2021-03-09"),
    ],
)
def test_a_part_of_the_day_just_dated(second, expected):
    resolver = DateResolver(PUBLISHED)
    resolver.mentions("Jets struck a depot outside the town on Monday.", 0)
    assert _date(resolver, second, 100) == expected
